// The editor's desk (/admin): each section only for the roles it concerns, an author's own
// drafts, publications due in the next 24 hours, and the failed jobs /admin/jobs lists, counted
// and listed over the same 7 days. "Now" is a day of its own in 2043, so the time windows hold
// this file's rows only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { JOB_KINDS } from "@/lib/articles/workflow/job-kinds";
import { getNewsroomDesk } from "@/lib/newsroom-desk/get-newsroom-desk";
import { WEBHOOK_JOB_KIND } from "@/lib/webhooks/webhook-events";
import { actorFor, createArticle, createUser } from "../factories";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date(Date.UTC(2043, 0, 10, 12));

describe("the newsroom desk", () => {
  it("shows authors their own drafts and nothing that is not theirs to act on", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const draft = await createArticle({ status: "DRAFT", authorIds: [author.id], title: "An author's draft" });
    await createArticle({ status: "IN_REVIEW" });
    const desk = await getNewsroomDesk(actorFor(author), NOW);
    expect(desk).toMatchObject({ inReview: null, comments: null, scheduledSoon: null, failedJobs: null, pausedWebhooks: null });
    expect(desk.ownDrafts).toEqual({ count: 1, articles: [expect.objectContaining({ id: draft.id, title: "An author's draft" })] });
    await expect(getNewsroomDesk(actorFor(await createUser()), NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows editors the review queue, comments, the next day's publications and the jobs that failed this week", async () => {
    const editor = await createUser({ role: "EDITOR" });
    await createArticle({ status: "IN_REVIEW", title: "Waiting for an editor" });
    const scheduled = await createArticle({ status: "SCHEDULED", publishedAt: new Date(NOW.getTime() + 2 * 60 * 60 * 1000) });
    const dueSoon = await db.scheduledJob.create({ data: { kind: JOB_KINDS.publish, articleId: scheduled.id, runAt: new Date(NOW.getTime() + 2 * 60 * 60 * 1000) } });
    const failedAt = new Date(NOW.getTime() - DAY);
    const failed = await db.scheduledJob.create({ data: { kind: JOB_KINDS.publish, articleId: scheduled.id, runAt: failedAt, status: "FAILED", lastError: "Publishing failed: test", updatedAt: failedAt } });
    // A webhook delivery's job (its log is /admin/integrations), and a failure older than a week.
    await db.scheduledJob.create({ data: { kind: WEBHOOK_JOB_KIND, runAt: failedAt, status: "FAILED", lastError: "webhook", updatedAt: failedAt } });
    const old = new Date(NOW.getTime() - 8 * DAY);
    await db.scheduledJob.create({ data: { kind: JOB_KINDS.publish, articleId: scheduled.id, runAt: old, status: "FAILED", lastError: "Long ago", updatedAt: old } });

    const desk = await getNewsroomDesk(actorFor(editor), NOW);
    expect(desk.ownDrafts).toBeNull();
    expect(desk.pausedWebhooks).toBeNull();
    // Other files add stories in review meanwhile: this one is counted, and the list is short.
    expect(desk.inReview!.count).toBeGreaterThanOrEqual(1);
    expect(desk.inReview!.articles.length).toBeLessThanOrEqual(5);
    expect(desk.comments).toEqual({ held: expect.any(Number), reported: expect.any(Number) });
    expect(desk.scheduledSoon!.map((job) => job.id)).toContain(dueSoon.id);
    expect(desk.failedJobs).toEqual({ count: 1, latest: [expect.objectContaining({ id: failed.id, title: scheduled.title, lastError: "Publishing failed: test" })] });
  });

  it("tells admins about paused webhooks", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const before = (await getNewsroomDesk(actorFor(admin), NOW)).pausedWebhooks!;
    const hook = await db.webhook.create({ data: { url: "https://hooks.example.test/paused", events: ["article.published"], secret: "whsec_test", status: "PAUSED", pausedAt: NOW, createdById: admin.id } });
    // Other files pause hooks too: at least this one more.
    expect((await getNewsroomDesk(actorFor(admin), NOW)).pausedWebhooks).toBeGreaterThan(before);
    await db.webhook.delete({ where: { id: hook.id } });
  });
});
