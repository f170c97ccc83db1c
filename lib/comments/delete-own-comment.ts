import "server-only";
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { emitCommentWebhook } from "@/lib/webhooks/emit-webhook-event";
import { assertWithinRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { commentCacheTags, recountArticleComments } from "./article-comment-count";
import { COMMENT_CHANGES_PER_USER } from "@/lib/rate-limit/rules";
import { ZCommentId } from "./comment-schemas";
import { isAuthorControlled, loadOwnCommentOrThrow } from "./load-own-comment";

export const ZDeleteOwnCommentInput = z.object({ commentId: ZCommentId });
export type TDeleteOwnCommentInput = z.input<typeof ZDeleteOwnCommentInput>;

export async function deleteOwnComment(input: TDeleteOwnCommentInput): Promise<{ articleSlug: string }> {
  return deleteOwnCommentFor(await requirePermission("comment:create"), input);
}

/**
 * Deletes one's own comment at any time: status DELETED, the row stays (its replies still read
 * under "Comment deleted"), the article's count is recounted. Deleting twice is not an error.
 */
export async function deleteOwnCommentFor(actor: TCurrentUser, rawInput: TDeleteOwnCommentInput): Promise<{ articleSlug: string }> {
  assertPermission(actor, "comment:create");
  const { commentId } = parseInputOrThrow(ZDeleteOwnCommentInput, rawInput);
  const comment = await loadOwnCommentOrThrow(actor, commentId);
  if (comment.status === "DELETED") return { articleSlug: comment.article.slug };
  if (!isAuthorControlled(comment)) throw new AppError("CONFLICT", "This comment has been removed by a moderator.");
  await assertWithinRateLimit(rateLimitKey("comment-change:user", actor.id), COMMENT_CHANGES_PER_USER);
  await db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, authorId: actor.id, status: comment.status },
      data: { status: "DELETED" },
    });
    if (count !== 1) throw new AppError("CONFLICT", "This comment was changed by a moderator meanwhile. Reload the page to see it.");
    if (comment.status === "PUBLISHED") await recountArticleComments(tx, comment.article.id);
    await emitCommentWebhook(tx, comment.id, comment.status, "DELETED");
  });
  if (comment.status === "PUBLISHED") await expireReaderCaches(commentCacheTags(comment.article));
  return { articleSlug: comment.article.slug };
}
