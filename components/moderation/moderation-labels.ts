import type { CommentStatus, ReportReason } from "@/lib/generated/prisma/enums";

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  PENDING: "Awaiting review",
  PUBLISHED: "Published",
  HIDDEN: "Hidden",
  REJECTED: "Rejected",
  DELETED: "Deleted",
};

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  ABUSIVE: "Abusive",
  SPAM: "Spam",
  OFF_TOPIC: "Off topic",
  OTHER: "Other",
};

// Held reasons are written by the posting rules (lib/comments/moderation) and by moderation
// itself (lib/moderation/comment-transitions.ts); an unknown one is shown as it is.
const HELD_REASON_LABELS: Record<string, string> = {
  "first-comments": "one of the member's first comments",
  unverified: "the member has not verified their email address",
  "suspect-word": "contains a suspect word",
  "too-many-links": "too many links",
  flood: "many comments in a short time",
  moderator: "hidden by a moderator",
  ban: "hidden by a ban",
  "shadow-ban": "shadow ban",
};

export function heldReasonLabel(reason: string): string {
  return HELD_REASON_LABELS[reason] ?? reason;
}

export const MODERATION_ACTION_LABELS = { approve: "Approve", reject: "Reject", hide: "Hide", delete: "Delete" } as const;
