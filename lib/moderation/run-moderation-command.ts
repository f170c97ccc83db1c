import "server-only";
import { approveComment } from "./approve-comment";
import { bulkModerateComments } from "./bulk-moderate-comments";
import { deleteComment } from "./delete-comment";
import { featureComment } from "./feature-comment";
import { hideComment } from "./hide-comment";
import type { TModerationCommand } from "./moderation-form-input";
import type { TModerationOutcome } from "./moderation-outcome";
import { rejectComment } from "./reject-comment";
import { undoModeration } from "./undo-moderation";

const SINGLE = { approve: approveComment, reject: rejectComment, hide: hideComment, delete: deleteComment };

/** Runs what the moderation form asked for; each function checks the caller's permission itself. */
export async function runModerationCommand(command: TModerationCommand): Promise<TModerationOutcome> {
  switch (command.kind) {
    case "single":
      return SINGLE[command.action]({ commentId: command.commentId, seenStatus: command.seenStatus });
    case "bulk":
      return bulkModerateComments({ action: command.action, items: command.items });
    case "undo":
      return undoModeration(command.plan);
    case "feature": {
      const { message } = await featureComment({ commentId: command.commentId, featured: command.featured });
      return { message, undo: [] };
    }
  }
}
