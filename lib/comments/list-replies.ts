import "server-only";
import { z } from "zod";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any

/** Per reply level; the cap keeps a pile-on thread from making one page unbounded. */
export const MAX_REPLIES_PER_LEVEL = 300;

const ZReplyRow = z.object({
  id: z.string(),
  parentId: z.string(),
  depth: z.number().int(),
  body: z.string(),
  createdAt: z.date(),
  editedAt: z.date().nullable(),
  likeCount: z.number().int(),
  featuredAt: z.date().nullable(),
  isDeleted: z.boolean(),
  authorName: z.string(),
});
export type TReplyRow = z.infer<typeof ZReplyRow>;

/**
 * Published replies (depth 1) to the given top-level comments and published replies (depth 2)
 * to those, oldest first, with their authors' names: one statement, so a page of comments costs
 * the same number of round trips however many threads it shows. Each level is found through
 * Comment(parentId), so the cost follows the shown threads, not the whole article.
 * Deleted first-level replies come too, without their text or author, so that their own
 * replies still have a place (nest-replies.ts drops those left without any).
 * Raw SQL because Prisma's relation filter for "parent's parent is one of these" became a scan of
 * every reply in the table (measured on 400k comments).
 */
export async function listReplies(topLevelIds: string[]): Promise<{ replies: TReplyRow[]; isTruncated: boolean }> {
  if (topLevelIds.length === 0) return { replies: [], isTruncated: false };
  const limit = MAX_REPLIES_PER_LEVEL + 1;
  const rows = await db.$queryRaw`
    WITH first_level AS (
      SELECT c."id", c."parentId", c."depth", c."body", c."createdAt", c."editedAt", c."authorId", c."likeCount", c."featuredAt", c."status"
      FROM "Comment" c
      WHERE c."parentId" = ANY(${topLevelIds}::text[]) AND c."status" IN ('PUBLISHED', 'DELETED') AND c."depth" = 1
      ORDER BY c."createdAt", c."id"
      LIMIT ${limit}
    ),
    second_level AS (
      SELECT c."id", c."parentId", c."depth", c."body", c."createdAt", c."editedAt", c."authorId", c."likeCount", c."featuredAt", c."status"
      FROM "Comment" c
      WHERE c."parentId" IN (SELECT "id" FROM first_level) AND c."status" = 'PUBLISHED' AND c."depth" = 2
      ORDER BY c."createdAt", c."id"
      LIMIT ${limit}
    )
    SELECT r."id", r."parentId", r."depth", r."createdAt", r."editedAt", r."likeCount", r."featuredAt",
      r."status" = 'DELETED' AS "isDeleted",
      CASE WHEN r."status" = 'DELETED' THEN '' ELSE r."body" END AS "body",
      CASE WHEN r."status" = 'DELETED' THEN '' ELSE u."name" END AS "authorName"
    FROM (SELECT * FROM first_level UNION ALL SELECT * FROM second_level) r
    JOIN "User" u ON u."id" = r."authorId"
    ORDER BY r."createdAt", r."id"
  `;
  // Each level was fetched with one row over the cap, to learn whether anything was left out.
  const shownPerLevel = new Map<number, number>();
  let isTruncated = false;
  const replies = z
    .array(ZReplyRow)
    .parse(rows)
    .filter((reply) => {
      const shown = (shownPerLevel.get(reply.depth) ?? 0) + 1;
      shownPerLevel.set(reply.depth, shown);
      if (shown <= MAX_REPLIES_PER_LEVEL) return true;
      isTruncated = true;
      return false;
    });
  return { replies, isTruncated };
}
