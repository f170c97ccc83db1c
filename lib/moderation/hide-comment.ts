import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { moderateCommentsFor } from "./moderate-comments";
import type { TModerationOutcome } from "./moderation-outcome";
import { ZSeenComment } from "./moderation-schemas";

export type THideCommentInput = { commentId: string; seenStatus: string };

/** Takes a comment out of readers' sight without judging it; it can be approved again later. */
export async function hideComment(input: THideCommentInput): Promise<TModerationOutcome> {
  return hideCommentFor(await requirePermission("comment:moderate"), input);
}

export async function hideCommentFor(actor: TCurrentUser, input: THideCommentInput): Promise<TModerationOutcome> {
  assertPermission(actor, "comment:moderate");
  return moderateCommentsFor(actor, [parseInputOrThrow(ZSeenComment, input)], "hide");
}
