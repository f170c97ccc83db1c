import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guards";
import { roleCan, type TPermission } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/components/admin/role-labels";

export const metadata: Metadata = { title: "Newsroom" };

type TSection = { href: string; title: string; description: string; permission: TPermission };

// Sections arrive with their issues; each is listed only for roles that may open it.
const SECTIONS: TSection[] = [
  {
    href: "/admin/comments",
    title: "Comments",
    description: "The moderation queue: held and reported comments, bans, shadow bans and notes on members.",
    permission: "comment:moderate",
  },
  {
    href: "/admin/users",
    title: "Users",
    description: "Find people, change roles, grant or revoke VIP membership, ban and lift bans.",
    permission: "user:manage",
  },
  {
    href: "/admin/mailbox",
    title: "Mailbox",
    description: "Every email the site has sent or is waiting to send: sign-up links, password resets.",
    permission: "mailbox:read",
  },
  {
    href: "/admin/audit",
    title: "Audit log",
    description: "Who changed what, and when: role changes, memberships, bans, deleted accounts.",
    permission: "audit:read",
  },
  {
    href: "/admin/settings",
    title: "Settings",
    description: "The comment rules: held first comments, links, flood limits, banned and suspect words, auto-close.",
    permission: "settings:manage",
  },
];

export default async function NewsroomHomePage() {
  const user = await requirePagePermission("admin:access", "/admin");
  const sections = SECTIONS.filter((section) => roleCan(user.role, section.permission));
  return (
    <div className="page page--narrow">
      <h1 className="page-title">Newsroom</h1>
      <p className="lede">
        Signed in as {user.name} ({ROLE_LABELS[user.role]}).
      </p>
      {sections.length > 0 ? (
        <ul className="admin-sections" role="list">
          {sections.map((section) => (
            <li key={section.href}>
              <h2>
                <Link href={section.href}>{section.title}</Link>
              </h2>
              <p>{section.description}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="meta">Articles, media and the comment queue will appear here as they are built.</p>
    </div>
  );
}
