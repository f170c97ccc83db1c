// The database-backed job runner: due scheduled publications run once, even when two ticks
// (two servers) race; jobs that fell due while the server was down run on the first tick.
import { describe, expect, it } from "vitest";
import { cancelJobFor } from "@/lib/articles/workflow/cancel-job";
import { schedulePublishFor } from "@/lib/articles/workflow/schedule-publish";
import { scheduleUnpublishFor } from "@/lib/articles/workflow/schedule-unpublish";
import { db } from "@/lib/db/client";
import { MAX_JOB_ATTEMPTS, runDueJobs } from "@/lib/jobs/run-due-jobs";
import { createArticle, createTag, createUser, actorFor } from "../factories";

const MINUTE = 60_000;

/** A draft scheduled a minute ahead; the tests then run the runner "later" by passing a later now. */
async function scheduledArticle() {
  const editor = await createUser({ role: "EDITOR" });
  const tag = await createTag();
  const article = await createArticle({ status: "DRAFT", tagIds: [tag.id] });
  const runAt = new Date(Date.now() + MINUTE);
  const { jobId } = await schedulePublishFor(actorFor(editor), { articleId: article.id, version: 1, runAt: runAt.toISOString() });
  return { editor, article, jobId, runAt };
}

describe("the job runner", () => {
  it("publishes a due scheduled article exactly once when two ticks run at the same time", async () => {
    const { article, jobId, runAt } = await scheduledArticle();
    const later = new Date(runAt.getTime() + 1000);
    const [first, second] = await Promise.all([runDueJobs(later), runDueJobs(later)]);
    const published = [...first.outcomes, ...second.outcomes].filter((outcome) => outcome.jobId === jobId);
    expect(published).toHaveLength(1);
    expect(published[0]?.status).toBe("published");

    const after = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { authors: true, tags: true } });
    expect(after).toMatchObject({ status: "PUBLISHED", publishedAt: runAt, version: 3 });
    for (const row of [...after.authors, ...after.tags]) expect(row).toMatchObject({ status: "PUBLISHED", publishedAt: runAt });
    expect(await db.scheduledJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "DONE", attempts: 1 });
    const audit = await db.auditEvent.findMany({ where: { targetType: "Article", targetId: article.id, action: "article.published" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBeNull();

    // A third tick finds nothing to do for it.
    const third = await runDueJobs(new Date(later.getTime() + 1000));
    expect(third.outcomes.some((outcome) => outcome.jobId === jobId)).toBe(false);
  });

  it("does not run a job before its time", async () => {
    const { article, jobId, runAt } = await scheduledArticle();
    const tick = await runDueJobs(new Date(runAt.getTime() - 1000));
    expect(tick.outcomes.some((outcome) => outcome.jobId === jobId)).toBe(false);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("SCHEDULED");
  });

  it("catches up at boot: a job that fell due while the server was down runs on the first tick", async () => {
    const { article, jobId } = await scheduledArticle();
    // As if the server had been down for hours past runAt.
    await db.scheduledJob.update({ where: { id: jobId }, data: { runAt: new Date(Date.now() - 3 * 60 * MINUTE) } });
    const tick = await runDueJobs();
    expect(tick.outcomes.find((outcome) => outcome.jobId === jobId)?.status).toBe("published");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("PUBLISHED");
  });

  it("never publishes a cancelled schedule", async () => {
    const { editor, article, jobId, runAt } = await scheduledArticle();
    await cancelJobFor(actorFor(editor), { jobId });
    const tick = await runDueJobs(new Date(runAt.getTime() + 1000));
    expect(tick.outcomes.some((outcome) => outcome.jobId === jobId)).toBe(false);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: "DRAFT", publishedAt: null });
  });

  it("marks a job DONE without acting when the article is no longer scheduled, and takes over expired locks", async () => {
    const { article, jobId, runAt } = await scheduledArticle();
    // Someone else published it meanwhile, and a crashed runner left the job RUNNING.
    await db.article.update({ where: { id: article.id }, data: { status: "PUBLISHED" } });
    await db.scheduledJob.update({ where: { id: jobId }, data: { status: "RUNNING", attempts: 1, lockedUntil: new Date(runAt.getTime() - 1) } });
    const tick = await runDueJobs(new Date(runAt.getTime() + 1000));
    expect(tick.outcomes.find((outcome) => outcome.jobId === jobId)?.status).toBe("skipped");
    expect(await db.scheduledJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "DONE", attempts: 2 });
  });

  it("unpublishes at the scheduled time", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const article = await createArticle({ status: "PUBLISHED" });
    const runAt = new Date(Date.now() + MINUTE);
    const { jobId } = await scheduleUnpublishFor(actorFor(editor), { articleId: article.id, version: 1, runAt: runAt.toISOString() });
    const tick = await runDueJobs(new Date(runAt.getTime() + 1000));
    expect(tick.outcomes.find((outcome) => outcome.jobId === jobId)?.status).toBe("unpublished");
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { authors: true } });
    expect(after).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(after.authors[0]).toMatchObject({ status: "DRAFT", publishedAt: null });
  });

  it("retries a failing job, then leaves it FAILED with its error after the last attempt", async () => {
    const job = await db.scheduledJob.create({ data: { kind: "article.mystery", runAt: new Date(Date.now() - MINUTE), attempts: MAX_JOB_ATTEMPTS - 2 } });
    await runDueJobs();
    const retried = await db.scheduledJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(retried).toMatchObject({ status: "PENDING", attempts: MAX_JOB_ATTEMPTS - 1 });
    expect(retried.lastError).toMatch(/no article/);
    await runDueJobs(new Date(retried.runAt.getTime() + 1000));
    expect(await db.scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "FAILED", attempts: MAX_JOB_ATTEMPTS });
  });
});
