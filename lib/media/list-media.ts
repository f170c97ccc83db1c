import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { encodeKeysetCursor, type TKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { toMediaItem, type TMediaItem } from "./media-item";

export const MEDIA_PER_PAGE = 24;
export const MEDIA_SEARCH_MAX_LENGTH = 100;

export const ZListMediaInput = z.object({
  /** Start after this row (from the previous page's nextCursor); null for the first page. */
  cursor: z.object({ at: z.iso.datetime(), id: z.string().min(1) }).nullable().default(null),
  limit: z.number().int().min(1).max(100).default(MEDIA_PER_PAGE),
  /** Words in the alt text, caption, credit or file name; empty for everything. */
  query: z.string().trim().max(MEDIA_SEARCH_MAX_LENGTH, { message: "Search for at most 100 characters." }).default(""),
});
export type TListMediaInput = z.input<typeof ZListMediaInput>;

export type TMediaPage = { items: TMediaItem[]; nextCursor: string | null };

/**
 * The media library, newest first (keyset pages on createdAt, id), optionally narrowed to
 * images whose words contain the search. The search is a substring scan in key order that
 * stops at a page's worth of matches: fine for a newsroom's library of thousands of images;
 * a trigram index would be the next step for millions.
 */
export async function listMedia(input: TListMediaInput): Promise<TMediaPage> {
  return listMediaFor(await requirePermission("article:write-own"), input);
}

export async function listMediaFor(actor: TCurrentUser, rawInput: TListMediaInput): Promise<TMediaPage> {
  assertPermission(actor, "article:write-own");
  const { cursor, limit, query } = parseInputOrThrow(ZListMediaInput, rawInput);
  const rows = await db.media.findMany({
    where: { AND: [afterCursor(cursor), matching(query)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map(toMediaItem),
    nextCursor: rows.length > limit && last ? encodeKeysetCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

function afterCursor(cursor: TKeysetCursor | null): Prisma.MediaWhereInput {
  if (!cursor) return {};
  const at = new Date(cursor.at);
  // Newest first: the next page is strictly older, or as old with a smaller id.
  return { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] };
}

function matching(query: string): Prisma.MediaWhereInput {
  if (!query) return {};
  const contains = { contains: query, mode: "insensitive" } as const;
  return { OR: [{ altText: contains }, { caption: contains }, { credit: contains }, { originalName: contains }] };
}
