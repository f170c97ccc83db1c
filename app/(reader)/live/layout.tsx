import type { ReactNode } from "react";
import { ACCOUNT_MENU_ACTIONS } from "@/app/(auth)/account-menu-actions";
import { LiveSiteChrome } from "@/components/site/live-site-chrome";

// The live copy of the reader pages: rendered for each request, for signed-in readers and for
// paged or sorted addresses (lib/reader-routes.ts, docs/decisions/0011-reader-page-cache.md).
export default function LiveReaderLayout({ children }: { children: ReactNode }) {
  return <LiveSiteChrome accountActions={ACCOUNT_MENU_ACTIONS}>{children}</LiveSiteChrome>;
}
