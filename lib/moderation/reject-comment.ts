import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { moderateCommentsFor } from "./moderate-comments";
import type { TModerationOutcome } from "./moderation-outcome";
import { ZSeenComment } from "./moderation-schemas";

export type TRejectCommentInput = { commentId: string; seenStatus: string };

/** Refuses a held comment (or takes down a published one) for good: it counts against the author's record. */
export async function rejectComment(input: TRejectCommentInput): Promise<TModerationOutcome> {
  return rejectCommentFor(await requirePermission("comment:moderate"), input);
}

export async function rejectCommentFor(actor: TCurrentUser, input: TRejectCommentInput): Promise<TModerationOutcome> {
  assertPermission(actor, "comment:moderate");
  return moderateCommentsFor(actor, [parseInputOrThrow(ZSeenComment, input)], "reject");
}
