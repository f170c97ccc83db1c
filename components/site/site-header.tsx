import Link from "next/link";
import { AccountMenu } from "./account-menu";
import { SiteNavigation } from "./site-navigation";

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <AccountMenu />
        <p className="site-name">
          <Link href="/">{siteName}</Link>
        </p>
        <SiteNavigation />
      </div>
    </header>
  );
}
