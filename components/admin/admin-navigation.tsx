"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type TAdminNavigationItem = { href: string; label: string };

/** The newsroom's own menu, under the site header; only sections the user may open are passed in. */
export function AdminNavigation({ items }: { items: TAdminNavigationItem[] }) {
  const pathname = usePathname();
  return (
    <nav className="admin-nav" aria-label="Newsroom">
      <ul role="list">
        {items.map((item) => {
          const isCurrent = item.href === "/admin" ? pathname === "/admin" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={isCurrent ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
