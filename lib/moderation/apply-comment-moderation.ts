import "server-only";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { commentCacheTags, recountArticleComments } from "@/lib/comments/article-comment-count";
import { enqueueReplyNotification } from "@/lib/comments/reply-notification";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emitCommentWebhook } from "@/lib/webhooks/emit-webhook-event";
import { canModerate, COMMENT_TRANSITIONS } from "./comment-transitions";
import { commentChangedError, commentNotFoundError } from "./moderation-errors";
import type { TModerationAction, TSeenComment, TUndoEntry } from "./moderation-schemas";

export type TAppliedModeration = { undo: TUndoEntry[]; cacheTags: string[] };

/**
 * Applies one moderation action to comments inside the caller's transaction: all of them or
 * none (the first comment that is no longer as the moderator saw it throws, and the transaction
 * rolls back). For each comment: the status change (guarded by the status and moderation time
 * read here, so a concurrent moderator makes this one fail rather than both win), its open
 * reports resolved, an audit row; then each article whose published count moved is recounted.
 * The caller expires the returned cache tags after commit.
 */
export async function applyCommentModeration(
  tx: Prisma.TransactionClient,
  actor: TCurrentUser,
  items: readonly TSeenComment[],
  action: TModerationAction,
  now: Date,
): Promise<TAppliedModeration> {
  const transition = COMMENT_TRANSITIONS[action];
  const ids = items.map((item) => item.commentId);
  const rows = await tx.comment.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      status: true,
      heldReason: true,
      moderatedAt: true,
      openReportCount: true,
      articleId: true,
      parentId: true,
      authorId: true,
      body: true,
      article: { select: { id: true, slug: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const undo: TUndoEntry[] = [];
  const recount = new Set<string>();
  const articles = new Map<string, { id: string; slug: string }>();

  for (const { commentId, seenStatus } of items) {
    const row = byId.get(commentId);
    if (!row) throw commentNotFoundError(commentId);
    if (row.status !== seenStatus || !canModerate(action, row)) throw commentChangedError(commentId);
    const heldReason = transition.heldReason ?? row.heldReason;
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, status: row.status, moderatedAt: row.moderatedAt },
      data: { status: transition.to, heldReason, openReportCount: 0, moderatedAt: now, moderatedById: actor.id },
    });
    if (count === 0) throw commentChangedError(commentId);
    await emitCommentWebhook(tx, commentId, row.status, transition.to);
    const { count: reportsResolved } = await tx.commentReport.updateMany({
      where: { commentId, resolvedAt: null },
      data: { resolvedAt: now, resolvedById: actor.id },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: transition.auditAction,
      targetType: "Comment",
      targetId: commentId,
      detail: { from: row.status, to: transition.to, articleId: row.articleId, reportsResolved },
    });
    undo.push({
      commentId,
      expectedStatus: transition.to,
      actedAt: now.toISOString(),
      restoreStatus: row.status,
      restoreHeldReason: row.heldReason,
    });
    if ((row.status === "PUBLISHED") !== (transition.to === "PUBLISHED")) recount.add(row.articleId);
    // A held reply tells the person answered once a moderator lets it through, as a reply that
    // was never held does at posting (lib/comments/post-comment.ts).
    if (row.status === "PENDING" && transition.to === "PUBLISHED" && row.parentId) {
      await enqueueReplyNotification(tx, { id: row.id, authorId: row.authorId, body: row.body, repliedToId: row.parentId });
    }
    articles.set(row.article.id, row.article);
  }

  for (const articleId of recount) await recountArticleComments(tx, articleId);
  return { undo, cacheTags: [...articles.values()].flatMap(commentCacheTags) };
}
