import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { WEBHOOK_EVENTS } from "./webhook-events";

// Registering, pausing, resuming and removing webhooks (admins, at /admin/integrations).

const ZWebhookUrl = z
  .string()
  .trim()
  .max(2000, { message: "Keep the address under 2,000 characters." })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    { message: "Enter an http or https address without a user name or password in it." },
  );

export const ZCreateWebhookInput = z.object({
  url: ZWebhookUrl,
  description: z.string().trim().max(200, { message: "Keep the description under 200 characters." }).default(""),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, { message: "Choose at least one event." }),
});
/** Loose on purpose: the function parses it (a form sends any strings). */
export type TCreateWebhookInput = { url: string; description?: string; events: readonly string[] };

export const ZWebhookIdInput = z.object({ webhookId: z.string().trim().min(1, { message: "Which webhook?" }).max(64) });

export async function createWebhookFor(actor: TCurrentUser, rawInput: TCreateWebhookInput): Promise<{ id: string; secret: string }> {
  assertPermission(actor, "integrations:manage");
  const input = parseInputOrThrow(ZCreateWebhookInput, rawInput);
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return db.$transaction(async (tx) => {
    const hook = await tx.webhook.create({
      data: { url: input.url, description: input.description, events: [...new Set(input.events)], secret, createdById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: "webhook.created", targetType: "Webhook", targetId: hook.id, detail: { url: input.url, events: input.events } });
    return { id: hook.id, secret };
  });
}

export async function setWebhookPausedFor(actor: TCurrentUser, rawInput: z.input<typeof ZWebhookIdInput>, paused: boolean): Promise<void> {
  assertPermission(actor, "integrations:manage");
  const { webhookId } = parseInputOrThrow(ZWebhookIdInput, rawInput);
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhook.updateMany({
      where: { id: webhookId },
      data: paused ? { status: "PAUSED", pausedAt: new Date() } : { status: "ACTIVE", pausedAt: null, consecutiveFailures: 0 },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "That webhook no longer exists.");
    await recordAuditEvent(tx, { actorId: actor.id, action: paused ? "webhook.paused" : "webhook.resumed", targetType: "Webhook", targetId: webhookId });
  });
}

export async function deleteWebhookFor(actor: TCurrentUser, rawInput: z.input<typeof ZWebhookIdInput>): Promise<void> {
  assertPermission(actor, "integrations:manage");
  const { webhookId } = parseInputOrThrow(ZWebhookIdInput, rawInput);
  await db.$transaction(async (tx) => {
    const hook = await tx.webhook.findUnique({ where: { id: webhookId }, select: { url: true, deliveries: { where: { status: "PENDING" }, select: { jobId: true } } } });
    if (!hook) throw new AppError("NOT_FOUND", "That webhook no longer exists.");
    // Its queued deliveries go with it; their jobs would find nothing to send.
    await tx.scheduledJob.updateMany({ where: { id: { in: hook.deliveries.map((delivery) => delivery.jobId) }, status: "PENDING" }, data: { status: "CANCELLED", finishedAt: new Date() } });
    await tx.webhook.delete({ where: { id: webhookId } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "webhook.deleted", targetType: "Webhook", targetId: webhookId, detail: { url: hook.url } });
  });
}

export type TWebhookListEntry = {
  id: string;
  url: string;
  description: string;
  events: string[];
  secret: string;
  status: "ACTIVE" | "PAUSED";
  consecutiveFailures: number;
  pausedAt: string | null;
  deliveries: { id: string; event: string; status: string; attempts: number; lastStatus: number | null; lastError: string | null; createdAt: string; lastDurationMs: number | null }[];
};

/** Every hook with its 10 latest deliveries (and the last try's time taken). */
export async function listWebhooksFor(actor: TCurrentUser): Promise<TWebhookListEntry[]> {
  assertPermission(actor, "integrations:manage");
  const hooks = await db.webhook.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      secret: true,
      status: true,
      consecutiveFailures: true,
      pausedAt: true,
      deliveries: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 10,
        select: {
          id: true,
          event: true,
          status: true,
          attempts: true,
          lastStatus: true,
          lastError: true,
          createdAt: true,
          attemptsLog: { orderBy: { attemptedAt: "desc" }, take: 1, select: { durationMs: true } },
        },
      },
    },
  });
  return hooks.map((hook) => ({
    ...hook,
    pausedAt: hook.pausedAt?.toISOString() ?? null,
    deliveries: hook.deliveries.map(({ attemptsLog, ...delivery }) => ({ ...delivery, createdAt: delivery.createdAt.toISOString(), lastDurationMs: attemptsLog[0]?.durationMs ?? null })),
  }));
}
