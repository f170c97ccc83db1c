import type { TAccountMenuActions } from "@/components/site/account-menu";
import { signOutAction } from "./sign-out/actions";
import { resendVerificationAction } from "./verify-email/actions";

/**
 * The server actions behind the account menu at the top of every live page, handed down by each
 * layout: components take actions as props and never import app/ (docs/architecture.md).
 */
export const ACCOUNT_MENU_ACTIONS: TAccountMenuActions = { signOut: signOutAction, resendVerification: resendVerificationAction };
