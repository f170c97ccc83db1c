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
  "comment.published": "A comment appears (posted, or approved by a moderator)",
  "comment.held": "A comment is held for moderation",
  "comment.hidden": "A moderator hides a comment",
};

/** The job runner's kind for one delivery (lib/jobs/run-claimed-job.ts hands these to lib/webhooks). */
export const WEBHOOK_JOB_KIND = "webhook.deliver";

export function isWebhookEvent(value: string): value is TWebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}
