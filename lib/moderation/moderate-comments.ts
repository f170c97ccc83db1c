import "server-only";
import { assertPermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { applyCommentModeration } from "./apply-comment-moderation";
import { confirmationText } from "./comment-transitions";
import type { TModerationOutcome } from "./moderation-outcome";
import type { TModerationAction, TSeenComment } from "./moderation-schemas";

/**
 * The shared body of approve, reject, hide, delete and their bulk form: one transaction, then
 * the reader caches of the articles concerned expire, so readers see the change at once.
 */
export async function moderateCommentsFor(actor: TCurrentUser, items: readonly TSeenComment[], action: TModerationAction): Promise<TModerationOutcome> {
  assertPermission(actor, "comment:moderate");
  const now = new Date();
  const applied = await db.$transaction((tx) => applyCommentModeration(tx, actor, items, action, now));
  expireReaderCaches(applied.cacheTags);
  return { message: confirmationText(action, items.length), undo: applied.undo };
}
