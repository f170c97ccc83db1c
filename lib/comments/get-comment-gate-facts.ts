import "server-only";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import type { CommentPolicy } from "@/lib/generated/prisma/enums";

export type TCommentGateFacts = {
  commentPolicy: CommentPolicy;
  /** ISO 8601, or null: comments close at this time. */
  commentsCloseAt: string | null;
};

/**
 * The article's comment policy and closing time, for the page to choose between the form and a
 * call to action (comment-gate.ts). Cached under the thread's and the article's tags: whoever
 * closes a thread or changes the policy expires commentCacheTags(article).
 */
export function getCommentGateFacts(article: { id: string; slug: string }): Promise<TCommentGateFacts> {
  return cachedRead(["comment-gate-facts", article.id], [cacheTags.comments(article.id), cacheTags.article(article.slug)], async () => {
    const row = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { commentPolicy: true, commentsCloseAt: true },
    });
    return { commentPolicy: row.commentPolicy, commentsCloseAt: row.commentsCloseAt?.toISOString() ?? null };
  });
}
