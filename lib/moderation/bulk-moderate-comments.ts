import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { moderateCommentsFor } from "./moderate-comments";
import type { TModerationOutcome } from "./moderation-outcome";
import { BULK_MAX_COMMENTS, ZModerationAction, ZSeenComment } from "./moderation-schemas";

export const ZBulkModerationInput = z.object({
  action: ZModerationAction,
  items: z
    .array(ZSeenComment)
    .min(1, { message: "Select at least one comment." })
    .max(BULK_MAX_COMMENTS, { message: `Select at most ${BULK_MAX_COMMENTS} comments at once.` })
    .refine((items) => new Set(items.map((item) => item.commentId)).size === items.length, {
      message: "A comment was selected twice. Reload the page and try again.",
    }),
});
export type TBulkModerationInput = z.input<typeof ZBulkModerationInput>;

/**
 * One action on several comments, all or nothing: if any of them changed since the page was
 * loaded, none is touched and the moderator is told to reload. One audit row per comment.
 */
export async function bulkModerateComments(input: TBulkModerationInput): Promise<TModerationOutcome> {
  return bulkModerateCommentsFor(await requirePermission("comment:moderate"), input);
}

export async function bulkModerateCommentsFor(actor: TCurrentUser, rawInput: TBulkModerationInput): Promise<TModerationOutcome> {
  assertPermission(actor, "comment:moderate");
  const { action, items } = parseInputOrThrow(ZBulkModerationInput, rawInput);
  return moderateCommentsFor(actor, items, action);
}
