import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { moderateCommentsFor } from "./moderate-comments";
import type { TModerationOutcome } from "./moderation-outcome";
import { ZSeenComment } from "./moderation-schemas";

export type TDeleteCommentInput = { commentId: string; seenStatus: string };

/** Deletes a comment as a moderator. The row stays (replies keep their place; undo brings it back). */
export async function deleteComment(input: TDeleteCommentInput): Promise<TModerationOutcome> {
  return deleteCommentFor(await requirePermission("comment:moderate"), input);
}

export async function deleteCommentFor(actor: TCurrentUser, input: TDeleteCommentInput): Promise<TModerationOutcome> {
  assertPermission(actor, "comment:moderate");
  return moderateCommentsFor(actor, [parseInputOrThrow(ZSeenComment, input)], "delete");
}
