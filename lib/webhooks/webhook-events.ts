import type { CommentStatus } from "@/lib/generated/prisma/enums";

// The events a webhook can subscribe to (docs/webhooks.md). Pure: the admin form lists them.
export const WEBHOOK_EVENTS = [
  "article.published",
  "article.updated",
  "article.unpublished",
  "article.deleted",
  "comment.published",
  "comment.held",
  "comment.hidden",
] as const;

export type TWebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<TWebhookEvent, string> = {
  "article.published": "A story is published (now or by its schedule)",
  "article.updated": "A published story is edited",
  "article.unpublished": "A published story is taken down (unpublished or archived)",
  "article.deleted": "A published story is deleted",
  "comment.published": "A comment appears (posted, approved, or restored)",
  "comment.held": "A comment waits for a moderator (held when posted or edited, or put back by an undo)",
  "comment.hidden": "A comment is taken away (hidden, rejected or deleted, by a moderator, a ban or its author)",
};

/** The job runner's kind for one delivery (lib/jobs/run-claimed-job.ts hands these to lib/webhooks). */
export const WEBHOOK_JOB_KIND = "webhook.deliver";

/**
 * What a comment's move from `from` (null: just posted) to `to` announces, so a receiver that
 * mirrors the comments readers see, or the queue moderators see, stays right:
 * - becoming PUBLISHED (posted, approved, an undo, a ban lifted): "comment.published";
 * - becoming PENDING (held at posting, sent back by an edit, an approval undone): "comment.held";
 * - becoming HIDDEN (by a moderator or a ban), or a published one REJECTED or DELETED (by a
 *   moderator or its author): "comment.hidden". The payload's status says which.
 * A comment posted hidden (a shadow-banned member's) announces nothing: nobody else sees it.
 */
export function commentEventFor(from: CommentStatus | null, to: CommentStatus): TWebhookEvent | null {
  if (from === to) return null;
  if (to === "PUBLISHED") return "comment.published";
  if (to === "PENDING") return "comment.held";
  if (from === null) return null;
  if (to === "HIDDEN" || from === "PUBLISHED") return "comment.hidden";
  return null;
}

export function isWebhookEvent(value: string): value is TWebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}
