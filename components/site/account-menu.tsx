import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import type { TAuthFormAction } from "@/components/auth/auth-form-state";
import { SignInLink } from "@/components/auth/sign-in-link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { VerifyEmailNotice } from "@/components/auth/verify-email-notice";
import { getSessionState, type TSessionState } from "@/lib/auth/current-user";
import { logError } from "@/lib/log";

/** The actions the menu's forms post to, given by the layout (app/(auth)/account-menu-actions.ts). */
export type TAccountMenuActions = { signOut: () => Promise<void>; resendVerification: TAuthFormAction };

async function sessionState(): Promise<TSessionState> {
  try {
    return await getSessionState();
  } catch (error) {
    unstable_rethrow(error);
    // The header is on every page, error pages included: without the database it offers
    // "Sign in" rather than taking the page down.
    logError("account menu: could not read the session", error);
    return { kind: "anonymous" };
  }
}

/**
 * The menu for visitors without a session: no request data, so cached reader pages can carry it
 * (lib/reader-routes.ts).
 */
export function AnonymousAccountMenu() {
  return (
      <nav className="account-menu" aria-label="Account">
        <ul role="list">
          <li>
            <SignInLink />
          </li>
          <li>
            <Link href="/sign-up">Create account</Link>
          </li>
        </ul>
      </nav>
  );
}

/** Top of every page: sign-in links for visitors, the reader's name and "Sign out" for members. */
export async function AccountMenu({ actions }: { actions: TAccountMenuActions }) {
  const state = await sessionState();
  if (state.kind === "anonymous") return <AnonymousAccountMenu />;
  return (
    <>
      <nav className="account-menu" aria-label="Account">
        <ul role="list">
          <li>
            {state.kind === "banned" ? (
              <Link href="/banned">Account suspended</Link>
            ) : (
              <span className="account-menu__name">
                <span className="visually-hidden">Signed in as </span>
                {state.user.name}
              </span>
            )}
          </li>
          <li>
            <SignOutButton action={actions.signOut} />
          </li>
        </ul>
      </nav>
      {state.kind === "signed-in" && !state.user.emailVerified ? <VerifyEmailNotice email={state.user.email} resendAction={actions.resendVerification} /> : null}
    </>
  );
}
