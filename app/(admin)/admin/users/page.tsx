import type { Metadata } from "next";
import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { AdminFilterForm } from "@/components/admin/admin-filter-form";
import { AdminTable } from "@/components/admin/admin-table";
import { ROLE_LABELS, TIER_LABELS, statusLabel } from "@/components/admin/role-labels";
import { requirePagePermission } from "@/lib/auth/guards";
import { listUsers } from "@/lib/members/list-users";
import { USER_SEARCH_MAX_LENGTH } from "@/lib/members/member-schemas";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";

export const metadata: Metadata = { title: "Users" };

type TUsersPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function usersHref(query: string, after?: string): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (after) params.set("after", after);
  const search = params.toString();
  return search ? `/admin/users?${search}` : "/admin/users";
}

export default async function UsersPage({ searchParams }: TUsersPageProps) {
  const params = await searchParams;
  // A longer search is cut rather than refused: nobody's email or name is that long anyway.
  const query = (singleSearchParam(params.q) ?? "").trim().slice(0, USER_SEARCH_MAX_LENGTH);
  const after = singleSearchParam(params.after);
  const returnTo = usersHref(query, after);
  await requirePagePermission("admin:access", returnTo);
  await requirePagePermission("user:manage", returnTo);

  // A cursor that does not decode (mistyped, forged) means the first page.
  const cursor = decodeKeysetCursor(after);
  const page = await listUsers({ query, cursor });
  const isLaterPage = cursor !== null;

  return (
    <div className="page">
      <h1 className="page-title">Users</h1>
      <AdminFilterForm action="/admin/users" submitText="Search" clear={query ? { text: "Show everyone" } : null}>
        <label htmlFor="user-search">Search by email or name</label>
        <input id="user-search" type="search" name="q" defaultValue={query} maxLength={USER_SEARCH_MAX_LENGTH} />
      </AdminFilterForm>

      <AdminTable
        caption={query ? `Users matching “${query}”` : "Users, newest first"}
        columns={[
          { header: "Name", isRowHeader: true, cell: (user) => <Link href={`/admin/users/${encodeURIComponent(user.id)}`}>{user.name}</Link> },
          { header: "Email", cell: (user) => user.email },
          { header: "Role", cell: (user) => ROLE_LABELS[user.role] },
          { header: "Membership", cell: (user) => TIER_LABELS[user.tier] },
          { header: "Status", cell: (user) => statusLabel(user.status, user.isDeleted) },
          { header: "Joined", cell: (user) => <FormattedDate iso={user.createdAt} /> },
        ]}
        rows={page.users}
        rowKey={(user) => user.id}
        empty={isLaterPage ? "There are no more users." : query ? `Nobody’s email or name contains “${query}”.` : "There are no users yet."}
        pager={{
          label: "More users",
          nextHref: page.nextCursor ? usersHref(query, page.nextCursor) : null,
          nextText: "More users",
          firstHref: isLaterPage ? usersHref(query) : null,
          firstText: "Back to the first page",
        }}
      />
    </div>
  );
}
