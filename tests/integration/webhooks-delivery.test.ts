// Webhooks against a real local receiver (on a free port the system picks): a published story
// is delivered signed (HMAC-SHA256 over timestamp and body), retried after a 500 with backoff,
// never sent for a draft; a hook that keeps failing is paused and admins are emailed; private
// and loopback addresses are refused unless the admin setting allows them.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { publishNowFor } from "@/lib/articles/workflow/publish-article";
import { submitForReviewFor } from "@/lib/articles/workflow/submit-for-review";
import { saveArticleFor } from "@/lib/articles/write/save-article";
import { db } from "@/lib/db/client";
import type { User } from "@/lib/generated/prisma/client";
import { runClaimedJob } from "@/lib/jobs/run-claimed-job";
import { approveCommentFor } from "@/lib/moderation/approve-comment";
import { hideCommentFor } from "@/lib/moderation/hide-comment";
import { createWebhookFor, deleteWebhookFor } from "@/lib/webhooks/manage-webhooks";
import { MAX_DELIVERY_ATTEMPTS, PAUSE_AFTER_FAILURES, RETRY_BASE_SECONDS } from "@/lib/webhooks/run-webhook-delivery-job";
import { sendWebhookRequest } from "@/lib/webhooks/send-webhook-request";
import { WEBHOOK_JOB_KIND } from "@/lib/webhooks/webhook-events";
import { verifyWebhookSignature } from "@/lib/webhooks/webhook-signature";
import { createArticle, createComment, createUser, uniqueSuffix, actorFor } from "../factories";

/** The receiver's port, chosen by the system: a fixed one may be another run's server. */
let PORT = 0;
type TReceived = { path: string; headers: IncomingMessage["headers"]; body: string };
const received: TReceived[] = [];
/** Status codes to answer with, per path, in order; then 200. */
const answers = new Map<string, number[]>();
let server: Server;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const path = request.url ?? "";
      received.push({ path, headers: request.headers, body });
      response.statusCode = answers.get(path)?.shift() ?? 200;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  PORT = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.integrationSettings.deleteMany({});
});

const hooks: string[] = [];
afterEach(async () => {
  // Other test files publish too: leave no hook behind to send their stories anywhere.
  for (const id of hooks.splice(0)) await db.webhook.deleteMany({ where: { id } });
});

async function allowPrivateAddresses(allowed: boolean) {
  await db.integrationSettings.upsert({ where: { id: 1 }, create: { id: 1, webhooksAllowPrivateAddresses: allowed }, update: { webhooksAllowPrivateAddresses: allowed } });
}

async function registerHook(admin: User, path: string, events = ["article.published", "article.updated", "article.unpublished"] as const) {
  const hook = await createWebhookFor(actorFor(admin), { url: `http://127.0.0.1:${PORT}${path}`, events: [...events] });
  hooks.push(hook.id);
  return hook;
}

async function deliveriesFor(webhookId: string) {
  return db.webhookDelivery.findMany({ where: { webhookId }, orderBy: { createdAt: "asc" }, include: { attemptsLog: { orderBy: { attemptedAt: "asc" } } } });
}

/**
 * Runs a delivery's job as the runner would (lib/jobs/run-claimed-job.ts). Other test files run
 * the runner with their own clocks and may get to a due job first: then this waits for them.
 */
async function runDeliveryJob(jobId: string, now: Date) {
  const { count } = await db.scheduledJob.updateMany({
    where: { id: jobId, status: "PENDING", kind: WEBHOOK_JOB_KIND },
    data: { status: "RUNNING", attempts: { increment: 1 }, lockedUntil: new Date(now.getTime() + 60_000) },
  });
  if (count === 1) {
    const job = await db.scheduledJob.findUniqueOrThrow({ where: { id: jobId } });
    return runClaimedJob({ id: job.id, kind: job.kind, articleId: job.articleId, attempts: job.attempts, runAt: job.runAt }, now);
  }
  await expect.poll(async () => (await db.scheduledJob.findUniqueOrThrow({ where: { id: jobId } })).status, { timeout: 15_000 }).not.toBe("RUNNING");
  return null;
}

// Retries are scheduled from the "now" given to the job; a far-future one keeps other files'
// runners (whose clocks are near the present) away from this file's retries.
const FUTURE = Date.UTC(2040, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

describe("webhooks", () => {
  it("delivers a published story signed, retries after a 500 with backoff, and sends nothing for a draft", async () => {
    await allowPrivateAddresses(true);
    const admin = await createUser({ role: "ADMIN" });
    const editor = await createUser({ role: "EDITOR" });
    const path = `/hooks/${uniqueSuffix()}`;
    const hook = await registerHook(admin, path);
    answers.set(path, [500]);

    // A draft: saved, submitted for review. Nothing is announced.
    const draft = await createArticle({ status: "DRAFT", authorIds: [editor.id] });
    await saveArticleFor(actorFor(editor), {
      articleId: draft.id, baseVersion: 1, title: "Still a draft", slug: draft.slug, dek: "", tagNames: [], coAuthorIds: [],
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Not yet." }] }] },
      featuredImageUrl: "", featuredImageAlt: "", seoTitle: "", seoDescription: "", commentPolicy: "OPEN", isVipOnly: false, source: "editor",
    });
    await submitForReviewFor(actorFor(editor), { articleId: draft.id, version: 2 });
    expect(await deliveriesFor(hook.id)).toEqual([]);

    // Published: one delivery, first answered 500.
    const story = await createArticle({ status: "DRAFT", authorIds: [editor.id] });
    await publishNowFor(actorFor(editor), { articleId: story.id, version: 1 });
    const [delivery] = await deliveriesFor(hook.id);
    expect(delivery).toMatchObject({ event: "article.published", status: "PENDING" });
    const firstTry = new Date(FUTURE);
    await runDeliveryJob(delivery!.jobId, firstTry);

    let job = await db.scheduledJob.findUniqueOrThrow({ where: { id: delivery!.jobId } });
    let [logged] = await deliveriesFor(hook.id);
    expect(logged!.attemptsLog.map((attempt) => attempt.statusCode)).toEqual([500]);
    expect(logged!.attemptsLog[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(logged).toMatchObject({ status: "PENDING", attempts: 1, lastStatus: 500 });
    // Back to the runner, due after the first backoff step.
    expect(job).toMatchObject({ status: "PENDING", runAt: new Date(FUTURE + RETRY_BASE_SECONDS * 1000) });

    await runDeliveryJob(delivery!.jobId, new Date(FUTURE + RETRY_BASE_SECONDS * 1000 + 1000));
    job = await db.scheduledJob.findUniqueOrThrow({ where: { id: delivery!.jobId } });
    [logged] = await deliveriesFor(hook.id);
    expect(logged!.attemptsLog.map((attempt) => attempt.statusCode)).toEqual([500, 200]);
    expect(logged).toMatchObject({ status: "SUCCEEDED", attempts: 2, lastStatus: 200 });
    expect(job.status).toBe("DONE");

    const requests = received.filter((request) => request.path === path);
    expect(requests).toHaveLength(2);
    for (const request of requests) {
      expect(verifyWebhookSignature(hook.secret, request.body, String(request.headers["masthead-signature"]))).toBe(true);
      // A body changed on the way, or another hook's secret, does not verify.
      expect(verifyWebhookSignature(hook.secret, request.body.replace("published", "deleted"), String(request.headers["masthead-signature"]))).toBe(false);
      expect(verifyWebhookSignature("whsec_other", request.body, String(request.headers["masthead-signature"]))).toBe(false);
      expect(request.headers["masthead-delivery"]).toBe(delivery!.id);
      expect(request.headers["masthead-event"]).toBe("article.published");
      const payload = JSON.parse(request.body) as { event: string; data: { article: { id: string; status: string; url: string } } };
      expect(payload).toMatchObject({ event: "article.published", data: { article: { id: story.id, status: "PUBLISHED" } } });
      expect(payload.data.article.url).toMatch(new RegExp(`/articles/${story.slug}$`));
    }
    expect(received.some((request) => request.body.includes(draft.id))).toBe(false);
    await deleteWebhookFor(actorFor(admin), { webhookId: hook.id });
  });

  it("backs off exponentially, 30 s, 1, 2, 4 and 8 minutes, and gives up after the sixth try", async () => {
    await allowPrivateAddresses(true);
    const admin = await createUser({ role: "ADMIN" });
    const editor = await createUser({ role: "EDITOR" });
    const path = `/hooks/${uniqueSuffix()}`;
    const hook = await registerHook(admin, path);
    answers.set(path, [500, 500, 500, 500, 500, 500, 500]);
    const story = await createArticle({ status: "DRAFT", authorIds: [editor.id] });
    await publishNowFor(actorFor(editor), { articleId: story.id, version: 1 });
    const [delivery] = await deliveriesFor(hook.id);

    let now = FUTURE + 7 * DAY_MS;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      await runDeliveryJob(delivery!.jobId, new Date(now));
      const job = await db.scheduledJob.findUniqueOrThrow({ where: { id: delivery!.jobId } });
      if (job.status === "DONE") break;
      expect(job.status).toBe("PENDING");
      waits.push((job.runAt.getTime() - now) / 1000);
      now = job.runAt.getTime() + 1000;
    }
    expect(waits).toEqual([30, 60, 120, 240, 480]);
    const [logged] = await deliveriesFor(hook.id);
    expect(logged).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS, lastStatus: 500 });
    expect(logged!.attemptsLog).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    expect(received.filter((request) => request.path === path)).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    // Six failures are not yet ten: the hook stays active.
    expect(await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).toMatchObject({ status: "ACTIVE", consecutiveFailures: MAX_DELIVERY_ATTEMPTS });
  });

  it("refuses loopback and private addresses unless the admin setting allows them", async () => {
    await allowPrivateAddresses(false);
    const admin = await createUser({ role: "ADMIN" });
    const editor = await createUser({ role: "EDITOR" });
    const path = `/hooks/${uniqueSuffix()}`;
    const hook = await registerHook(admin, path);
    const story = await createArticle({ status: "DRAFT", authorIds: [editor.id] });
    await publishNowFor(actorFor(editor), { articleId: story.id, version: 1 });
    const [delivery] = await deliveriesFor(hook.id);
    await runDeliveryJob(delivery!.jobId, new Date(FUTURE));
    const [logged] = await deliveriesFor(hook.id);
    expect(logged!.attemptsLog).toHaveLength(1);
    expect(logged!.attemptsLog[0]).toMatchObject({ statusCode: null, error: expect.stringContaining("private IP address") });
    expect(received.filter((request) => request.path === path)).toEqual([]);

    // Allowed by the admin: the retry gets through.
    await allowPrivateAddresses(true);
    await runDeliveryJob(delivery!.jobId, new Date(FUTURE + 10 * 60_000));
    expect((await deliveriesFor(hook.id))[0]).toMatchObject({ status: "SUCCEEDED" });
    expect(received.filter((request) => request.path === path)).toHaveLength(1);
  });

  it("checks the address a name resolves to, not only the address as written", async () => {
    const path = `/hooks/${uniqueSuffix()}`;
    for (const url of [`http://localhost:${PORT}${path}`, `http://[::1]:${PORT}${path}`, `http://127.1.2.3:${PORT}${path}`, "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/"]) {
      const result = await sendWebhookRequest(url, "{}", {}, { allowPrivateAddresses: false });
      expect(result, url).toMatchObject({ statusCode: null, error: expect.stringMatching(/private IP address|meta data|metadata/i) });
    }
    expect(received.filter((request) => request.path === path)).toEqual([]);
    // Allowed: a name that resolves to loopback reaches the receiver.
    expect(await sendWebhookRequest(`http://localhost:${PORT}${path}`, "{}", {}, { allowPrivateAddresses: true })).toMatchObject({ statusCode: 200, error: null });
  });

  it("pauses a hook that keeps failing and tells the admins", async () => {
    await allowPrivateAddresses(true);
    const admin = await createUser({ role: "ADMIN" });
    const editor = await createUser({ role: "EDITOR" });
    const path = `/hooks/${uniqueSuffix()}`;
    const hook = await registerHook(admin, path);
    await db.webhook.update({ where: { id: hook.id }, data: { consecutiveFailures: PAUSE_AFTER_FAILURES - 1 } });
    answers.set(path, [503]);
    const story = await createArticle({ status: "DRAFT", authorIds: [editor.id] });
    await publishNowFor(actorFor(editor), { articleId: story.id, version: 1 });
    const [delivery] = await deliveriesFor(hook.id);
    await runDeliveryJob(delivery!.jobId, new Date(FUTURE));

    expect(await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).toMatchObject({ status: "PAUSED", consecutiveFailures: PAUSE_AFTER_FAILURES });
    expect((await deliveriesFor(hook.id))[0]).toMatchObject({ status: "FAILED", lastStatus: 503 });
    expect((await db.scheduledJob.findUniqueOrThrow({ where: { id: delivery!.jobId } })).status).toBe("DONE");
    // Told: every active admin by email (the editor who published is not), and the audit log.
    const [email] = await db.outboxEmail.findMany({ where: { toAddress: admin.email, kind: "webhook-paused" } });
    expect(email).toMatchObject({ subject: "A webhook was paused after repeated failures" });
    expect(email!.textBody).toContain(`http://127.0.0.1:${PORT}${path}`);
    expect(email!.textBody).toContain("status 503");
    expect(email!.textBody).toMatch(/\/admin\/integrations/);
    expect(await db.outboxEmail.count({ where: { toAddress: editor.email, kind: "webhook-paused" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "webhook.paused", targetId: hook.id, actorId: null } })).toBe(1);

    // A paused hook gets no new deliveries.
    const next = await createArticle({ status: "DRAFT", authorIds: [editor.id] });
    await publishNowFor(actorFor(editor), { articleId: next.id, version: 1 });
    expect(await deliveriesFor(hook.id)).toHaveLength(1);
  });

  it("announces comments a moderator approves or hides, through the moderation code", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const editor = await createUser({ role: "EDITOR" });
    const hook = await createWebhookFor(actorFor(admin), { url: `http://127.0.0.1:${PORT}/hooks/${uniqueSuffix()}`, events: ["comment.published", "comment.hidden", "comment.held"] });
    hooks.push(hook.id);
    const article = await createArticle();
    const held = await createComment({ articleId: article.id, status: "PENDING" });
    await approveCommentFor(actorFor(editor), { commentId: held.id, seenStatus: "PENDING" });
    await hideCommentFor(actorFor(editor), { commentId: held.id, seenStatus: "PUBLISHED" });
    const deliveries = await deliveriesFor(hook.id);
    expect(deliveries.map((delivery) => delivery.event)).toEqual(["comment.published", "comment.hidden"]);
    expect(deliveries[1]!.payload).toMatchObject({ event: "comment.hidden", data: { comment: { id: held.id, status: "HIDDEN", article: { id: article.id } } } });
  });
});
