import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { commentCacheTags, recountArticleComments } from "@/lib/comments/article-comment-count";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { emitCommentWebhook } from "@/lib/webhooks/emit-webhook-event";
import { isUndoableTransition } from "./comment-transitions";
import { commentNotFoundError, staleUndoError } from "./moderation-errors";
import type { TModerationOutcome } from "./moderation-outcome";
import { ZUndoPlan, type TUndoPlan } from "./moderation-schemas";

/** Takes back a moderation action (single or bulk) from the plan the action returned. */
export async function undoModeration(plan: TUndoPlan): Promise<TModerationOutcome> {
  return undoModerationFor(await requirePermission("comment:moderate"), plan);
}

/**
 * Each comment must still be exactly as the action left it (its status, and the moment it was
 * moderated): if anyone acted on it since, the whole undo is refused, because restoring the old
 * state would silently overwrite theirs. The reports the action resolved (same moment) open
 * again, so a reported comment goes back to the queue. All or nothing, audited per comment.
 */
export async function undoModerationFor(actor: TCurrentUser, rawPlan: TUndoPlan): Promise<TModerationOutcome> {
  assertPermission(actor, "comment:moderate");
  const plan = parseInputOrThrow(ZUndoPlan, rawPlan);
  for (const entry of plan) {
    if (!isUndoableTransition(entry.restoreStatus, entry.expectedStatus)) {
      throw new AppError("BAD_INPUT", "This undo is not valid.", { message: `undo ${entry.expectedStatus} -> ${entry.restoreStatus}` });
    }
  }
  const now = new Date();
  const tags = await db.$transaction(async (tx) => {
    const articles = new Map<string, { id: string; slug: string }>();
    const recount = new Set<string>();
    for (const entry of plan) {
      const actedAt = new Date(entry.actedAt);
      const row = await tx.comment.findUnique({
        where: { id: entry.commentId },
        select: { articleId: true, article: { select: { id: true, slug: true } } },
      });
      if (!row) throw commentNotFoundError(entry.commentId);
      const reopened = await tx.commentReport.updateMany({
        where: { commentId: entry.commentId, resolvedAt: actedAt },
        data: { resolvedAt: null, resolvedById: null },
      });
      const openReportCount = await tx.commentReport.count({ where: { commentId: entry.commentId, resolvedAt: null } });
      const { count } = await tx.comment.updateMany({
        where: { id: entry.commentId, status: entry.expectedStatus, moderatedAt: actedAt },
        data: {
          status: entry.restoreStatus,
          heldReason: entry.restoreHeldReason,
          openReportCount,
          moderatedAt: now,
          moderatedById: actor.id,
        },
      });
      if (count === 0) throw staleUndoError(entry.commentId);
      await emitCommentWebhook(tx, entry.commentId, entry.expectedStatus, entry.restoreStatus);
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "comment.moderation_undone",
        targetType: "Comment",
        targetId: entry.commentId,
        detail: { from: entry.expectedStatus, to: entry.restoreStatus, articleId: row.articleId, reportsReopened: reopened.count },
      });
      if ((entry.expectedStatus === "PUBLISHED") !== (entry.restoreStatus === "PUBLISHED")) recount.add(row.articleId);
      articles.set(row.article.id, row.article);
    }
    for (const articleId of recount) await recountArticleComments(tx, articleId);
    return [...articles.values()].flatMap(commentCacheTags);
  });
  expireReaderCaches(tags);
  return { message: plan.length === 1 ? "Undone: the comment is back as it was." : `Undone: ${plan.length} comments are back as they were.`, undo: [] };
}
