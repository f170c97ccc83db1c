import Link from "next/link";
import type { ReactNode } from "react";
import { SiteSearchForm } from "@/components/search/site-search-form";
import { SiteNavigation } from "./site-navigation";

/** `accountMenu`: AccountMenu (reads the session) or AnonymousAccountMenu (cached pages). */
export function SiteHeader({ siteName, accountMenu }: { siteName: string; accountMenu: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        {accountMenu}
        <p className="site-name">
          <Link href="/">{siteName}</Link>
        </p>
        <SiteNavigation />
        <SiteSearchForm />
      </div>
    </header>
  );
}
