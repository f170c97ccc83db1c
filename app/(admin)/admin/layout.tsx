import type { Metadata } from "next";
import type { ReactNode } from "react";
import { forbidden, redirect } from "next/navigation";
import { AdminNavigation, type TAdminNavigationItem } from "@/components/admin/admin-navigation";
import { getSessionState } from "@/lib/auth/current-user";
import { roleCan } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = {
  title: { default: "Newsroom", template: "%s · Newsroom" },
  robots: { index: false, follow: false },
};

function navigationFor(role: Role): TAdminNavigationItem[] {
  const items: TAdminNavigationItem[] = [{ href: "/admin", label: "Newsroom" }];
  if (roleCan(role, "article:write-own")) items.push({ href: "/admin/articles", label: "Articles" });
  if (roleCan(role, "article:write-own")) items.push({ href: "/admin/analytics", label: "Analytics" });
  if (roleCan(role, "article:publish")) items.push({ href: "/admin/jobs", label: "Scheduled jobs" });
  if (roleCan(role, "comment:moderate")) items.push({ href: "/admin/comments", label: "Comments" });
  if (roleCan(role, "user:manage")) items.push({ href: "/admin/users", label: "Users" });
  if (roleCan(role, "mailbox:read")) items.push({ href: "/admin/mailbox", label: "Mailbox" });
  if (roleCan(role, "audit:read")) items.push({ href: "/admin/audit", label: "Audit log" });
  if (roleCan(role, "settings:manage")) items.push({ href: "/admin/settings", label: "Settings" });
  if (roleCan(role, "settings:manage")) items.push({ href: "/admin/import", label: "Import" });
  if (roleCan(role, "integrations:manage")) items.push({ href: "/admin/integrations", label: "Integrations" });
  return items;
}

/**
 * The newsroom frame. Every page below checks its own permission (requirePagePermission): a
 * layout is not re-run on client navigation, so it cannot be the check. It refuses the same
 * people a page would (banned, or signed in without newsroom access), so the result never
 * depends on which of the two runs first; anonymous visitors are left to the page, which knows
 * its own address for the sign-in redirect's way back.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const session = await getSessionState();
  if (session.kind === "banned") redirect("/banned");
  if (session.kind === "signed-in" && !roleCan(session.user.role, "admin:access")) forbidden();
  return (
    <div className="admin">
      {session.kind === "signed-in" ? <AdminNavigation items={navigationFor(session.user.role)} /> : null}
      {children}
    </div>
  );
}
