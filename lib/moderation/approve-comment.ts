import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { moderateCommentsFor } from "./moderate-comments";
import type { TModerationOutcome } from "./moderation-outcome";
import { ZSeenComment } from "./moderation-schemas";

export type TApproveCommentInput = { commentId: string; seenStatus: string };

/** Publishes a held, hidden or rejected comment; on a reported published comment, keeps it up and dismisses the reports. */
export async function approveComment(input: TApproveCommentInput): Promise<TModerationOutcome> {
  return approveCommentFor(await requirePermission("comment:moderate"), input);
}

export async function approveCommentFor(actor: TCurrentUser, input: TApproveCommentInput): Promise<TModerationOutcome> {
  assertPermission(actor, "comment:moderate");
  return moderateCommentsFor(actor, [parseInputOrThrow(ZSeenComment, input)], "approve");
}
