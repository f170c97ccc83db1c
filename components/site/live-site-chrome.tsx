import type { ReactNode } from "react";
import { connection } from "next/server";
import { AccountMenu, type TAccountMenuActions } from "./account-menu";
import { SiteChrome } from "./site-chrome";

/**
 * The chrome of pages rendered for each request (account, sign-in, newsroom, live reader
 * pages): reads the session for the account menu. connection() keeps `next build` from
 * rendering these pages, which would need a database.
 */
export async function LiveSiteChrome({ children, accountActions }: { children: ReactNode; accountActions: TAccountMenuActions }) {
  await connection();
  return <SiteChrome accountMenu={<AccountMenu actions={accountActions} />}>{children}</SiteChrome>;
}
