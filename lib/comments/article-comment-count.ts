import "server-only";
import { cacheTags } from "@/lib/articles/cache-tags";
import { sqlRows } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";

// Article.commentCount, the number of published comments, which lists and the article page show.
// A new comment does not touch the article row: the posting statement writes a CommentCountPending
// row beside it, and the count takes such rows in after commit (./count-new-comments.ts).
// Counting inside the posting statement had every post to one story wait for the one before it,
// since the article row stayed locked until the commit reached disk (docs/decisions/0027).
// A recount locks the article row before it counts, so it never writes an older count over a
// newer one; taking pending rows in adds to the row as it finds it.

/**
 * Sets Article.commentCount to the number of published comments, inside the transaction that
 * changed a comment's status. A recount, not +1/-1: an undo, a bulk action or a retry cannot
 * drift the count. Pending rows of comments it counted are cleared in the same statement, on
 * the same snapshot.
 */
export async function recountArticleComments(tx: Prisma.TransactionClient, articleId: string): Promise<number> {
  // The statement after the lock counts on a snapshot taken once the lock was granted.
  await tx.$queryRaw(Prisma.sql`SELECT 1 FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`);
  const rows = await tx.$queryRaw<{ commentCount: number }[]>(Prisma.sql`
    WITH cleared AS (DELETE FROM "CommentCountPending" WHERE "articleId" = ${articleId}),
         published AS (SELECT count(*)::int AS "n" FROM "Comment" WHERE "articleId" = ${articleId} AND "status" = 'PUBLISHED')
    UPDATE "Article" SET "commentCount" = (SELECT "n" FROM published) WHERE "id" = ${articleId}
    RETURNING "commentCount"`);
  return rows[0]?.commentCount ?? 0;
}

/**
 * Adds the article's pending comments that are still published to its count, and clears their
 * rows, in one statement: a repeat (or a crash before commit) counts nothing twice. Costs what
 * the new comments cost, however long the thread. Needs no lock of its own: two such steps never
 * take the same row (the second skips rows the first deleted), and an increment applies to the
 * row as the step before left it. Commits without waiting for the disk (set_config ... true:
 * for this transaction only): if a crash undoes it, the rows are pending again.
 */
export async function takeInPendingComments(articleId: string): Promise<void> {
  await sqlRows(Prisma.sql`
    WITH taken AS (DELETE FROM "CommentCountPending" WHERE "articleId" = ${articleId} RETURNING "commentId")
    UPDATE "Article" SET "commentCount" = "commentCount" + (
             SELECT count(*)::int FROM taken t JOIN "Comment" c ON c."id" = t."commentId" AND c."status" = 'PUBLISHED'),
           "updatedAt" = (now() AT TIME ZONE 'UTC')::timestamp(3)
    WHERE "id" = ${articleId} AND EXISTS (SELECT 1 FROM taken)
      AND set_config('synchronous_commit', 'off', true) IS NOT NULL`);
}

/**
 * The cache tags to expire (with lib/members/expire-reader-caches.ts, after commit) when a
 * comment appears, changes or disappears on an article: its thread, the article page (count)
 * and the lists that show comment counts.
 */
export function commentCacheTags(article: { id: string; slug: string }): string[] {
  return [cacheTags.comments(article.id), cacheTags.article(article.slug), cacheTags.articles];
}
