import "server-only";
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import { cacheTags } from "@/lib/articles/cache-tags";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { assertWithinRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { COMMENT_LIKES_PER_USER } from "@/lib/rate-limit/rules";
import { ZCommentId } from "./comment-schemas";

// The form says which state it wants ("like" or "unlike") rather than "toggle", so a double
// click or a resubmitted form lands where the member meant, not back where they started.
export const ZSetCommentLikeInput = z.object({
  commentId: ZCommentId,
  // "1"/"0" from the form; a boolean when the action's parsed input is parsed again here.
  like: z.union([z.enum(["1", "0"]).transform((value) => value === "1"), z.boolean()], { message: "Choose like or unlike." }),
});
export type TSetCommentLikeInput = z.input<typeof ZSetCommentLikeInput>;

export type TCommentLikeState = { liked: boolean; likeCount: number };

export async function setCommentLike(input: TSetCommentLikeInput): Promise<TCommentLikeState> {
  return setCommentLikeFor(await requirePermission("comment:create"), input);
}

/** One like per member per comment (CommentLike's key); likeCount moves in the same transaction. */
export async function setCommentLikeFor(actor: TCurrentUser, rawInput: TSetCommentLikeInput): Promise<TCommentLikeState> {
  assertPermission(actor, "comment:create");
  const { commentId, like } = parseInputOrThrow(ZSetCommentLikeInput, rawInput);
  const comment = await db.comment.findUnique({ where: { id: commentId }, select: { status: true, articleId: true } });
  if (!comment || comment.status !== "PUBLISHED") throw new AppError("NOT_FOUND", "This comment is no longer available.");
  await assertWithinRateLimit(rateLimitKey("comment-like:user", actor.id), COMMENT_LIKES_PER_USER);
  const likeCount = await db.$transaction(async (tx) => {
    const changed = like
      ? (await tx.commentLike.createMany({ data: [{ commentId, userId: actor.id }], skipDuplicates: true })).count
      : (await tx.commentLike.deleteMany({ where: { commentId, userId: actor.id } })).count;
    if (changed === 0) {
      return (await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: { likeCount: true } })).likeCount;
    }
    const updated = await tx.comment.update({
      where: { id: commentId },
      data: { likeCount: like ? { increment: 1 } : { decrement: 1 } },
      select: { likeCount: true },
    });
    return updated.likeCount;
  });
  // Counts and the "most liked" order live in the thread's cache; the article's count does not move.
  await expireReaderCaches([cacheTags.comments(comment.articleId)]);
  return { liked: like, likeCount };
}
