import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { commentCacheTags } from "@/lib/comments/article-comment-count";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { commentFeaturedEmail } from "./comment-featured-email";
import { commentChangedError, commentNotFoundError } from "./moderation-errors";
import { ZCommentId } from "./moderation-schemas";

export const ZFeatureCommentInput = z.object({
  commentId: ZCommentId,
  /** true to feature, false to stop featuring. */
  featured: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});
export type TFeatureCommentInput = z.input<typeof ZFeatureCommentInput>;

export type TFeatureCommentResult = { message: string; featured: boolean };

/** Features a published comment (shown first; its author gets an email) or stops featuring it. */
export async function featureComment(input: TFeatureCommentInput): Promise<TFeatureCommentResult> {
  return featureCommentFor(await requirePermission("comment:moderate"), input);
}

/**
 * The change applies only from the opposite state, so a double click features once and mails
 * once. The email is written to the outbox in the same transaction: no email for a feature that
 * rolled back, no feature without its email. Authors whose account is deleted get none.
 */
export async function featureCommentFor(actor: TCurrentUser, rawInput: TFeatureCommentInput): Promise<TFeatureCommentResult> {
  assertPermission(actor, "comment:moderate");
  const { commentId, featured } = parseInputOrThrow(ZFeatureCommentInput, rawInput);
  const tags = await db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: {
        status: true,
        articleId: true,
        article: { select: { id: true, slug: true, title: true } },
        author: { select: { id: true, email: true, name: true, deletedAt: true } },
      },
    });
    if (!comment) throw commentNotFoundError(commentId);
    if (featured && comment.status !== "PUBLISHED") {
      throw new AppError("BAD_INPUT", "Only a published comment can be featured. Approve it first.");
    }
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, featuredAt: featured ? null : { not: null } },
      data: { featuredAt: featured ? new Date() : null },
    });
    if (count === 0) throw commentChangedError(commentId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: featured ? "comment.featured" : "comment.unfeatured",
      targetType: "Comment",
      targetId: commentId,
      detail: { articleId: comment.articleId },
    });
    if (featured && !comment.author.deletedAt && comment.author.id !== actor.id) {
      await enqueueEmail(tx, commentFeaturedEmail(comment.author, comment.article));
    }
    return commentCacheTags(comment.article);
  });
  expireReaderCaches(tags);
  return { message: featured ? "Comment featured. Its author has been told." : "Comment no longer featured.", featured };
}
