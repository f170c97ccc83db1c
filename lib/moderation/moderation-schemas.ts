import { z } from "zod";

// Vocabulary of the moderation forms and functions. Client-safe (no "server-only"): the queue's
// form components use the same names.

export const ZCommentId = z
  .string({ message: "Which comment?" })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "That comment id is not valid." });

export const COMMENT_STATUSES = ["PENDING", "PUBLISHED", "HIDDEN", "REJECTED", "DELETED"] as const;
export const ZCommentStatus = z.enum(COMMENT_STATUSES, { message: "Reload the page and try again." });

/** What a moderator can do to one comment from the queue or an article's comment list. */
export const MODERATION_ACTIONS = ["approve", "reject", "hide", "delete"] as const;
export type TModerationAction = (typeof MODERATION_ACTIONS)[number];
export const ZModerationAction = z.enum(MODERATION_ACTIONS, { message: "Choose what to do with the selected comments." });

/** At most this many comments in one bulk action (a page of the queue is smaller). */
export const BULK_MAX_COMMENTS = 100;

/** One comment as the moderator saw it: the action applies only if it is still in that status. */
export const ZSeenComment = z.object({ commentId: ZCommentId, seenStatus: ZCommentStatus });
export type TSeenComment = z.infer<typeof ZSeenComment>;

export const ZHeldReason = z.string().max(64).nullable();

/**
 * How to take one action back: the comment must still be as the action left it (status and the
 * moment it was moderated), then it returns to the status and held reason it had before, and the
 * reports the action resolved are open again.
 */
export const ZUndoEntry = z.object({
  commentId: ZCommentId,
  expectedStatus: ZCommentStatus,
  /** ISO 8601: Comment.moderatedAt as the action set it. */
  actedAt: z.iso.datetime({ message: "This undo is not valid." }),
  restoreStatus: ZCommentStatus,
  restoreHeldReason: ZHeldReason,
});
export type TUndoEntry = z.infer<typeof ZUndoEntry>;

export const ZUndoPlan = z
  .array(ZUndoEntry)
  .min(1, { message: "There is nothing to undo." })
  .max(BULK_MAX_COMMENTS, { message: "There is nothing to undo." });
export type TUndoPlan = z.infer<typeof ZUndoPlan>;

/** The undo plan travels through a hidden form field as JSON; anything else is refused. */
export const ZUndoPlanField = z
  .string({ message: "There is nothing to undo." })
  .max(40_000, { message: "There is nothing to undo." })
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "There is nothing to undo." });
      return z.NEVER;
    }
  })
  .pipe(ZUndoPlan);
