import type { ReactNode } from "react";
import { serverEnv } from "@/lib/env";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The skip link's target (app/layout.tsx). */
export const MAIN_CONTENT_ID = "main-content";

/**
 * Header, main and footer around every page. Each route group's layout provides it with the
 * account menu that suits it: the session-reading one, or the anonymous one on cached reader
 * pages (docs/decisions/0011-reader-page-cache.md).
 */
export function SiteChrome({ accountMenu, children }: { accountMenu: ReactNode; children: ReactNode }) {
  const { SITE_NAME } = serverEnv();
  return (
    <>
      <SiteHeader siteName={SITE_NAME} accountMenu={accountMenu} />
      {/* tabIndex lets the skip link move keyboard focus here, not just scroll. */}
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        {children}
      </main>
      <SiteFooter siteName={SITE_NAME} />
    </>
  );
}
