import "server-only";
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { emitCommentWebhook } from "@/lib/webhooks/emit-webhook-event";
import { assertWithinRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { readSiteSettings } from "@/lib/settings/site-settings";
import { commentCacheTags, recountArticleComments } from "./article-comment-count";
import { assertCommentLength } from "./comment-length";
import { COMMENT_CHANGES_PER_USER } from "@/lib/rate-limit/rules";
import { isWithinEditWindow } from "./comment-rules";
import { ZCommentBody, ZCommentId } from "./comment-schemas";
import { countLinks } from "./find-links";
import { isAuthorControlled, loadOwnCommentOrThrow } from "./load-own-comment";
import { evaluateCommentEdit } from "./moderation/evaluate-comment";

export const ZEditCommentInput = z.object({ commentId: ZCommentId, body: ZCommentBody });
export type TEditCommentInput = z.input<typeof ZEditCommentInput>;

export type TEditedComment = { id: string; articleSlug: string; outcome: "published" | "held" };

export async function editComment(input: TEditCommentInput): Promise<TEditedComment> {
  return editCommentFor(await requirePermission("comment:create"), input);
}

/**
 * Changes the text of one's own comment within 15 minutes of posting it (checked here, on the
 * server's clock), marking it edited. The new text goes through the content rules again: a
 * banned word refuses the edit, and text that would have been held sends a published comment
 * back to the queue.
 */
export async function editCommentFor(actor: TCurrentUser, rawInput: TEditCommentInput, now = new Date()): Promise<TEditedComment> {
  assertPermission(actor, "comment:create");
  const input = parseInputOrThrow(ZEditCommentInput, rawInput);
  const comment = await loadOwnCommentOrThrow(actor, input.commentId);
  if (!isAuthorControlled(comment)) throw new AppError("CONFLICT", "This comment can no longer be edited.");
  if (!isWithinEditWindow(comment.createdAt, now)) {
    throw new AppError("FORBIDDEN", "Comments can be edited for 15 minutes after posting. You can still delete it.");
  }
  await assertWithinRateLimit(rateLimitKey("comment-change:user", actor.id), COMMENT_CHANGES_PER_USER);
  const settings = await readSiteSettings();
  assertCommentLength(input.body, settings.commentMaxLength);
  const author = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { createdAt: true } });
  const decision = evaluateCommentEdit(settings, {
    body: input.body,
    honeypot: "",
    linkCount: countLinks(input.body),
    authorPublishedCount: 0,
    accountAgeHours: (now.getTime() - author.createdAt.getTime()) / 3_600_000,
    recentByAuthor: 0,
    recentByAddress: null,
    isShadowBanned: false,
    isTrusted: roleCan(actor.role, "comment:moderate"),
    isAuthorVerified: actor.emailVerified,
  });
  if (decision.kind === "reject") throw new AppError("BAD_INPUT", decision.message, { fieldErrors: { body: decision.message } });
  // Only a published comment goes back to the queue; a held or shadow-hidden one stays as it is.
  const backToQueue = decision.kind === "hold" && comment.status === "PUBLISHED";

  await db.$transaction(async (tx) => {
    // The status it was read with: a moderator acting meanwhile wins, and this edit is refused.
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, authorId: actor.id, status: comment.status },
      data: {
        body: input.body,
        editedAt: now,
        ...(backToQueue && decision.kind === "hold" ? { status: "PENDING", heldReason: decision.reason } : {}),
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", "This comment was changed by a moderator meanwhile. Reload the page to see it.");
    if (backToQueue) {
      await recountArticleComments(tx, comment.article.id);
      await emitCommentWebhook(tx, comment.id, "PUBLISHED", "PENDING");
    }
  });
  if (comment.status === "PUBLISHED") await expireReaderCaches(commentCacheTags(comment.article));
  const isHeld = backToQueue || comment.status === "PENDING";
  return { id: comment.id, articleSlug: comment.article.slug, outcome: isHeld ? "held" : "published" };
}
