import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { FormattedDate } from "@/components/ui/formatted-date";
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
      <form className="admin-search" action="/admin/users" method="get" role="search">
        <label htmlFor="user-search">Search by email or name</label>
        <input id="user-search" type="search" name="q" defaultValue={query} maxLength={USER_SEARCH_MAX_LENGTH} />
        <button type="submit" className="button">
          Search
        </button>
        {query ? <Link href="/admin/users">Show everyone</Link> : null}
      </form>

      {page.users.length > 0 ? (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">{query ? `Users matching “${query}”` : "Users, newest first"}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Membership</th>
                <th scope="col">Status</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {page.users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link href={`/admin/users/${encodeURIComponent(user.id)}`}>{user.name}</Link>
                  </th>
                  <td>{user.email}</td>
                  <td>{ROLE_LABELS[user.role]}</td>
                  <td>{TIER_LABELS[user.tier]}</td>
                  <td>{statusLabel(user.status, user.isDeleted)}</td>
                  <td>
                    <FormattedDate iso={user.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{isLaterPage ? "There are no more users." : query ? `Nobody’s email or name contains “${query}”.` : "There are no users yet."}</p>
      )}

      <Pager
        label="More users"
        nextHref={page.nextCursor ? usersHref(query, page.nextCursor) : null}
        nextText="More users"
        firstHref={isLaterPage ? usersHref(query) : null}
        firstText="Back to the first page"
      />
    </div>
  );
}
