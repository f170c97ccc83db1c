import "server-only";
import { commentCacheTags, recountArticleComments } from "@/lib/comments/article-comment-count";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emitCommentWebhooks } from "@/lib/webhooks/emit-webhook-event";

export type TMemberCommentsMove = {
  authorId: string;
  /** "hide": their published comments become hidden under `heldReason`; "restore": those hidden under it come back. */
  direction: "hide" | "restore";
  /** Why they are held ("ban", "shadow-ban"): how lifting a sanction finds exactly what it hid. */
  heldReason: string;
  moderatorId: string;
  now: Date;
};

export type TMovedComments = { count: number; cacheTags: string[] };

/** What a sanction moved when it was asked to leave the comments alone. */
export const NO_COMMENTS_MOVED: TMovedComments = { count: 0, cacheTags: [] };

/**
 * Hides every published comment of a member, or restores those hidden for the same reason,
 * inside the caller's transaction, and recounts the articles concerned. Used by bans and shadow
 * bans ("also hide their past comments") and by their lifting. Comments a moderator hid by hand
 * keep their own held reason and stay hidden. Returns how many moved and the cache tags to
 * expire after commit.
 */
export async function moveMemberComments(tx: Prisma.TransactionClient, move: TMemberCommentsMove): Promise<TMovedComments> {
  const isHiding = move.direction === "hide";
  const to = isHiding ? "HIDDEN" : "PUBLISHED";
  const { count } = await tx.comment.updateMany({
    where: isHiding ? { authorId: move.authorId, status: "PUBLISHED" } : { authorId: move.authorId, status: "HIDDEN", heldReason: move.heldReason },
    data: { status: to, heldReason: isHiding ? move.heldReason : null, moderatedAt: move.now, moderatedById: move.moderatorId },
  });
  if (count === 0) return { count, cacheTags: [] };
  // The rows just moved carry this moment: exactly they are announced, and their articles recounted.
  await emitCommentWebhooks(tx, { authorId: move.authorId, status: to, moderatedAt: move.now }, isHiding ? "PUBLISHED" : "HIDDEN", to);
  const articles = await tx.article.findMany({
    where: { comments: { some: { authorId: move.authorId, status: to, moderatedAt: move.now } } },
    select: { id: true, slug: true },
  });
  for (const article of articles) await recountArticleComments(tx, article.id);
  return { count, cacheTags: articles.flatMap(commentCacheTags) };
}
