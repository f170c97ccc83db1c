import type { ReactNode } from "react";
import { ACCOUNT_MENU_ACTIONS } from "@/app/(auth)/account-menu-actions";
import { LiveSiteChrome } from "@/components/site/live-site-chrome";

// Rendered for each request, with the reader's account menu (docs/decisions/0011-reader-page-cache.md).
export default function Layout({ children }: { children: ReactNode }) {
  return <LiveSiteChrome accountActions={ACCOUNT_MENU_ACTIONS}>{children}</LiveSiteChrome>;
}
