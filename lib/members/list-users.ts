import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { MembershipTier, Prisma, Role, UserStatus } from "@/lib/generated/prisma/client";
import { encodeKeysetCursor, type TKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { USER_SEARCH_MAX_LENGTH } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";

export const USERS_PER_PAGE = 25;

export const ZListUsersInput = z.object({
  /** Part of an email address or a name, any case; empty lists everyone. */
  query: z
    .string()
    .trim()
    .max(USER_SEARCH_MAX_LENGTH, { message: `Search for at most ${USER_SEARCH_MAX_LENGTH} characters.` })
    .default(""),
  /** Start after this row (from the previous page's nextCursor); null for the first page. */
  cursor: z.object({ at: z.iso.datetime(), id: z.string().min(1) }).nullable().default(null),
});
export type TListUsersInput = z.input<typeof ZListUsersInput>;

export type TUserListEntry = {
  id: string;
  name: string;
  email: string;
  role: Role;
  tier: MembershipTier;
  status: UserStatus;
  isDeleted: boolean;
  /** ISO 8601. */
  createdAt: string;
};

export type TUserListPage = { users: TUserListEntry[]; nextCursor: string | null };

/** People, newest first, optionally narrowed to those whose email or name contains `query`. */
export async function listUsers(input: TListUsersInput): Promise<TUserListPage> {
  return listUsersFor(await requirePermission("user:manage"), input);
}

export async function listUsersFor(actor: TCurrentUser, rawInput: TListUsersInput): Promise<TUserListPage> {
  assertPermission(actor, "user:manage");
  const { query, cursor } = parseInputOrThrow(ZListUsersInput, rawInput);
  const rows = await db.user.findMany({
    where: { AND: [searchFilter(query), afterCursor(cursor)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: USERS_PER_PAGE + 1,
    select: { id: true, name: true, email: true, role: true, tier: true, status: true, deletedAt: true, createdAt: true },
  });
  const shown = rows.slice(0, USERS_PER_PAGE);
  const last = shown.at(-1);
  return {
    users: shown.map(({ deletedAt, createdAt, ...user }) => ({
      ...user,
      isDeleted: deletedAt !== null,
      createdAt: createdAt.toISOString(),
    })),
    nextCursor: rows.length > USERS_PER_PAGE && last ? encodeKeysetCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

function searchFilter(query: string): Prisma.UserWhereInput {
  if (query === "") return {};
  const pattern = escapeLikePattern(query);
  return {
    OR: [
      { email: { contains: pattern, mode: "insensitive" } },
      { name: { contains: pattern, mode: "insensitive" } },
    ],
  };
}

/**
 * Prisma passes `contains` to ILIKE as it is, so "%" and "_" would be wildcards (a search for
 * "_" would list everyone). Backslash is PostgreSQL's default LIKE escape character.
 */
function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function afterCursor(cursor: TKeysetCursor | null): Prisma.UserWhereInput {
  if (!cursor) return {};
  const at = new Date(cursor.at);
  // Newest first: the next page is strictly older, or as old with a smaller id.
  return { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] };
}
