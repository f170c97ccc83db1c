import "server-only";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { SHADOW_BAN_REASON } from "./moderation/moderation-types";

export type TOwnComment = {
  id: string;
  body: string;
  status: CommentStatus;
  heldReason: string | null;
  createdAt: Date;
  article: { id: string; slug: string };
};

/**
 * The actor's own comment, for an edit or a deletion. Someone else's comment is refused (403)
 * and nothing is read further; "own" is the session's user, never an id from the form.
 * Comments a moderator hid or rejected are out of their author's hands.
 */
export async function loadOwnCommentOrThrow(actor: TCurrentUser, commentId: string): Promise<TOwnComment> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      authorId: true,
      body: true,
      status: true,
      heldReason: true,
      createdAt: true,
      article: { select: { id: true, slug: true } },
    },
  });
  if (!comment) throw new AppError("NOT_FOUND", "This comment could not be found.");
  if (comment.authorId !== actor.id) {
    throw new AppError("FORBIDDEN", "You can only change your own comments.", {
      message: `user ${actor.id} tried to change comment ${commentId} by ${comment.authorId}`,
    });
  }
  const { authorId: _authorId, ...own } = comment;
  return own;
}

/** Whether the author still has the comment in hand (not removed by a moderator). */
export function isAuthorControlled(comment: Pick<TOwnComment, "status" | "heldReason">): boolean {
  return (
    comment.status === "PUBLISHED" ||
    comment.status === "PENDING" ||
    (comment.status === "HIDDEN" && comment.heldReason === SHADOW_BAN_REASON)
  );
}
