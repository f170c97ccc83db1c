"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type TAdminNavigationItem = { href: string; label: string };

// Everyone the newsroom layout lets in (admin:access) may use the media library
// (article:write-own, the same roles), so its link needs no role check of its own.
const MEDIA_ITEM: TAdminNavigationItem = { href: "/admin/media", label: "Media" };

function withMediaItem(items: TAdminNavigationItem[]): TAdminNavigationItem[] {
  if (items.some((item) => item.href === MEDIA_ITEM.href)) return items;
  // Right after the writing sections (Newsroom, Articles), before the management ones.
  const after = Math.max(items.findIndex((item) => item.href === "/admin"), items.findIndex((item) => item.href === "/admin/articles"));
  return [...items.slice(0, after + 1), MEDIA_ITEM, ...items.slice(after + 1)];
}

/** The newsroom's own menu, under the site header; only sections the user may open are passed in. */
export function AdminNavigation({ items }: { items: TAdminNavigationItem[] }) {
  const pathname = usePathname();
  return (
    <nav className="admin-nav" aria-label="Newsroom">
      <ul role="list">
        {withMediaItem(items).map((item) => {
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
