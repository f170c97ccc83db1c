import type { CommentStatus } from "@/lib/generated/prisma/enums";
import type { TModerationAction } from "./moderation-schemas";

// Which moderation action may move a comment from which status, and where it ends up. Pure, so
// the queue can offer only the buttons that will work and the unit tests can read it as a table.

export type TCommentTransition = {
  to: CommentStatus;
  from: readonly CommentStatus[];
  /** The audit action recorded for it. */
  auditAction: string;
  /** What the confirmation says: "Comment approved." / "3 comments approved." */
  pastTense: string;
  /** A new held reason, or undefined to keep the comment's own. */
  heldReason?: string;
};

/** Held reason of a comment a moderator hid by hand (so unshadowing a member never republishes it). */
export const HELD_REASON_MODERATOR = "moderator";
/** Held reason of the published comments a ban hid ("also hide their past comments"). */
export const HELD_REASON_BAN = "ban";
/** Held reason of a shadow-banned member's comments (the posting path stores new ones so too). */
export const HELD_REASON_SHADOW_BAN = "shadow-ban";

export const COMMENT_TRANSITIONS: Record<TModerationAction, TCommentTransition> = {
  // Approving a published comment that readers reported keeps it up and dismisses the reports.
  approve: { to: "PUBLISHED", from: ["PENDING", "HIDDEN", "REJECTED", "PUBLISHED"], auditAction: "comment.approved", pastTense: "approved" },
  reject: { to: "REJECTED", from: ["PENDING", "PUBLISHED", "HIDDEN"], auditAction: "comment.rejected", pastTense: "rejected" },
  hide: {
    to: "HIDDEN",
    from: ["PENDING", "PUBLISHED", "REJECTED"],
    auditAction: "comment.hidden",
    pastTense: "hidden",
    heldReason: HELD_REASON_MODERATOR,
  },
  delete: { to: "DELETED", from: ["PENDING", "PUBLISHED", "HIDDEN", "REJECTED"], auditAction: "comment.deleted", pastTense: "deleted" },
};

/** Whether `action` applies to a comment in `status` with this many open reports. */
export function canModerate(action: TModerationAction, comment: { status: CommentStatus; openReportCount: number }): boolean {
  const transition = COMMENT_TRANSITIONS[action];
  if (!transition.from.includes(comment.status)) return false;
  // A no-op is not an action, except approving a reported comment: that resolves its reports.
  if (comment.status === transition.to) return action === "approve" && comment.openReportCount > 0;
  return true;
}

/** An undo may only return a comment to a status some action could have taken it from. */
export function isUndoableTransition(from: CommentStatus, to: CommentStatus): boolean {
  return Object.values(COMMENT_TRANSITIONS).some((transition) => transition.to === to && transition.from.includes(from));
}

export function confirmationText(action: TModerationAction, count: number): string {
  const done = COMMENT_TRANSITIONS[action].pastTense;
  return count === 1 ? `Comment ${done}.` : `${count} comments ${done}.`;
}
