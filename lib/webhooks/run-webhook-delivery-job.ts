import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { siteLink } from "@/lib/mail/site-link";
import type { TClaimedJob } from "@/lib/jobs/claim-due-jobs";
import { webhooksMayReachPrivateAddresses } from "./integration-settings";
import { sendWebhookRequest, type TSendResult } from "./send-webhook-request";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhookBody } from "./webhook-signature";

/** Tries per delivery: the first and five retries, 30 s, 1, 2, 4 and 8 minutes apart. */
export const MAX_DELIVERY_ATTEMPTS = 6;
export const RETRY_BASE_SECONDS = 30;
/** Failed tries in a row (across deliveries) that pause a hook and tell the admins. */
export const PAUSE_AFTER_FAILURES = 10;

export type TWebhookJobResult = { status: "delivered" | "retrying" | "failed" | "skipped"; note: string };

export function retryDelaySeconds(attempt: number): number {
  return RETRY_BASE_SECONDS * 2 ** Math.max(0, attempt - 1);
}

/**
 * Runs one claimed "webhook.deliver" job (lib/jobs/run-claimed-job.ts dispatches here): sends
 * the delivery signed with the hook's secret and a fresh timestamp, logs the try (status and
 * time taken), then either finishes the job or hands it back to the runner as PENDING at the
 * next backoff time. Delivery is at least once: receivers dedupe on the Masthead-Delivery id.
 */
export async function runWebhookDeliveryJob(job: TClaimedJob, now: Date): Promise<TWebhookJobResult> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { jobId: job.id },
    select: { id: true, event: true, payload: true, attempts: true, status: true, webhook: { select: { id: true, url: true, secret: true, status: true } } },
  });
  if (!delivery || delivery.status !== "PENDING") return finishJob(job.id, now, { status: "skipped", note: "Nothing to deliver." });
  if (delivery.webhook.status !== "ACTIVE") {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "FAILED", lastError: "The webhook is paused.", finishedAt: now } });
    return finishJob(job.id, now, { status: "skipped", note: "The webhook is paused." });
  }

  const body = JSON.stringify(delivery.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  const result = await sendWebhookRequest(
    delivery.webhook.url,
    body,
    { [SIGNATURE_HEADER]: signWebhookBody(delivery.webhook.secret, body, timestamp), [DELIVERY_HEADER]: delivery.id, [EVENT_HEADER]: delivery.event },
    { allowPrivateAddresses: await webhooksMayReachPrivateAddresses() },
  );
  const succeeded = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const attempt = delivery.attempts + 1;
  const error = succeeded ? null : (result.error ?? `The receiver answered ${result.statusCode}.`);
  const willRetry = !succeeded && attempt < MAX_DELIVERY_ATTEMPTS;

  return db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({ data: { deliveryId: delivery.id, attemptedAt: now, statusCode: result.statusCode, durationMs: result.durationMs, error } });
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts: attempt,
        lastStatus: result.statusCode,
        lastError: error,
        ...(succeeded ? { status: "SUCCEEDED", finishedAt: now } : willRetry ? {} : { status: "FAILED", finishedAt: now }),
      },
    });
    const paused = await countHookOutcome(tx, delivery.webhook.id, succeeded, now, result);
    if (willRetry && !paused) {
      const runAt = new Date(now.getTime() + retryDelaySeconds(attempt) * 1000);
      await tx.scheduledJob.updateMany({ where: { id: job.id, status: "RUNNING" }, data: { status: "PENDING", runAt, lockedUntil: null, lastError: error } });
      return { status: "retrying", note: `Try ${attempt} failed (${error}); next at ${runAt.toISOString()}.` };
    }
    if (willRetry && paused) await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "FAILED", finishedAt: now } });
    await tx.scheduledJob.updateMany({ where: { id: job.id, status: "RUNNING" }, data: { status: "DONE", finishedAt: now, lockedUntil: null, lastError: error } });
    return succeeded ? { status: "delivered", note: `Delivered (${result.statusCode}).` } : { status: "failed", note: `Gave up after ${attempt} tries: ${error}` };
  });
}

async function finishJob(jobId: string, now: Date, result: TWebhookJobResult): Promise<TWebhookJobResult> {
  await db.scheduledJob.updateMany({ where: { id: jobId, status: "RUNNING" }, data: { status: "DONE", finishedAt: now, lockedUntil: null, lastError: result.note } });
  return result;
}

/**
 * Resets the hook's failure count on success; on failure adds one, and at PAUSE_AFTER_FAILURES
 * pauses the hook (once: only the update that moves it from ACTIVE) and emails every admin.
 * Returns whether the hook is now paused.
 */
async function countHookOutcome(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  webhookId: string,
  succeeded: boolean,
  now: Date,
  result: TSendResult,
): Promise<boolean> {
  if (succeeded) {
    await tx.webhook.update({ where: { id: webhookId }, data: { consecutiveFailures: 0 } });
    return false;
  }
  const hook = await tx.webhook.update({ where: { id: webhookId }, data: { consecutiveFailures: { increment: 1 } }, select: { url: true, consecutiveFailures: true } });
  if (hook.consecutiveFailures < PAUSE_AFTER_FAILURES) return false;
  const { count } = await tx.webhook.updateMany({ where: { id: webhookId, status: "ACTIVE" }, data: { status: "PAUSED", pausedAt: now } });
  if (count === 0) return true;
  await recordAuditEvent(tx, { actorId: null, action: "webhook.paused", targetType: "Webhook", targetId: webhookId, detail: { failures: hook.consecutiveFailures } });
  const admins = await tx.user.findMany({ where: { role: "ADMIN", status: "ACTIVE", deletedAt: null }, select: { email: true }, orderBy: { id: "asc" } });
  const link = siteLink("/admin/integrations");
  for (const admin of admins) {
    await enqueueEmail(tx, {
      to: admin.email,
      subject: "A webhook was paused after repeated failures",
      text: `The webhook to ${hook.url} failed ${hook.consecutiveFailures} times in a row (last: ${result.error ?? `status ${result.statusCode}`}), so Masthead paused it.\n\nCheck the receiver, then resume the hook: ${link}\n`,
      kind: "webhook-paused",
    });
  }
  return true;
}
