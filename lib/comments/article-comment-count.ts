import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cacheTags } from "@/lib/articles/cache-tags";

/**
 * Sets Article.commentCount to the number of published comments, inside the transaction that
 * changed a comment's status. A recount, not +1/-1: an undo, a bulk action or a retry cannot
 * drift the count. One indexed count per write; reads never count.
 */
export async function recountArticleComments(tx: Prisma.TransactionClient, articleId: string): Promise<number> {
  const count = await tx.comment.count({ where: { articleId, status: "PUBLISHED" } });
  await tx.article.update({ where: { id: articleId }, data: { commentCount: count }, select: { id: true } });
  return count;
}

/**
 * The cache tags to expire (with lib/members/expire-reader-caches.ts, after commit) when a
 * comment appears, changes or disappears on an article: its thread, the article page (count)
 * and the lists that show comment counts.
 */
export function commentCacheTags(article: { id: string; slug: string }): string[] {
  return [cacheTags.comments(article.id), cacheTags.article(article.slug), cacheTags.articles];
}
