// The publishing workflow: each change moves the version on, keeps the byline and tag copies
// of status and publishedAt in step with the article, and leaves an audit row.
import { describe, expect, it } from "vitest";
import { archiveArticleFor } from "@/lib/articles/workflow/archive-article";
import { cancelJobFor } from "@/lib/articles/workflow/cancel-job";
import { publishNowFor } from "@/lib/articles/workflow/publish-article";
import { rescheduleJobFor } from "@/lib/articles/workflow/reschedule-job";
import { schedulePublishFor } from "@/lib/articles/workflow/schedule-publish";
import { scheduleUnpublishFor } from "@/lib/articles/workflow/schedule-unpublish";
import { submitForReviewFor } from "@/lib/articles/workflow/submit-for-review";
import { unpublishArticleFor } from "@/lib/articles/workflow/unpublish-article";
import { db } from "@/lib/db/client";
import { createArticle, createTag, createUser, actorFor } from "../factories";
import { rejection } from "./rejection";

async function draftWithTwoAuthorsAndTags() {
  const [first, second] = [await createUser({ role: "AUTHOR" }), await createUser({ role: "AUTHOR" })];
  const tags = [await createTag(), await createTag()];
  const article = await createArticle({ status: "DRAFT", authorIds: [first.id, second.id], tagIds: tags.map((tag) => tag.id) });
  return { article, author: first };
}

async function expectCopiesInStep(articleId: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { authors: true, tags: true } });
  for (const row of [...article.authors, ...article.tags]) {
    expect(row.status).toBe(article.status);
    expect(row.publishedAt?.toISOString() ?? null).toBe(article.publishedAt?.toISOString() ?? null);
  }
  return article;
}

function auditActions(articleId: string) {
  return db.auditEvent
    .findMany({ where: { targetType: "Article", targetId: articleId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })
    .then((events) => events.map((event) => ({ action: event.action, actorId: event.actorId })));
}

const HOUR = 60 * 60 * 1000;

describe("publishing workflow", () => {
  it("publishes a draft now: version moves on, copies follow, audit records the editor", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const { article } = await draftWithTwoAuthorsAndTags();
    const before = Date.now();
    await expect(publishNowFor(actorFor(editor), { articleId: article.id, version: "1" })).resolves.toEqual({ version: 2 });
    const after = await expectCopiesInStep(article.id);
    expect(after.status).toBe("PUBLISHED");
    expect(after.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await auditActions(article.id)).toEqual([{ action: "article.published", actorId: editor.id }]);

    await unpublishArticleFor(actorFor(editor), { articleId: article.id, version: 2 });
    const unpublished = await expectCopiesInStep(article.id);
    expect(unpublished).toMatchObject({ status: "DRAFT", publishedAt: null, version: 3 });

    await archiveArticleFor(actorFor(editor), { articleId: article.id, version: 3 });
    expect(await expectCopiesInStep(article.id)).toMatchObject({ status: "ARCHIVED", version: 4 });
    expect((await auditActions(article.id)).map((event) => event.action)).toEqual([
      "article.published",
      "article.unpublished",
      "article.archived",
    ]);
  });

  it("refuses a change made from a stale page, and writes nothing", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const { article } = await draftWithTwoAuthorsAndTags();
    await publishNowFor(actorFor(editor), { articleId: article.id, version: 1 });
    const error = await rejection(archiveArticleFor(actorFor(editor), { articleId: article.id, version: 1 }));
    expect(error).toMatchObject({ code: "CONFLICT", status: 409 });
    expect(await expectCopiesInStep(article.id)).toMatchObject({ status: "PUBLISHED", version: 2 });
    expect(await auditActions(article.id)).toHaveLength(1);
  });

  it("refuses authors who try to publish, schedule, unpublish or archive", async () => {
    const { article, author } = await draftWithTwoAuthorsAndTags();
    const runAt = new Date(Date.now() + HOUR).toISOString();
    for (const attempt of [
      publishNowFor(actorFor(author), { articleId: article.id, version: 1 }),
      schedulePublishFor(actorFor(author), { articleId: article.id, version: 1, runAt }),
      unpublishArticleFor(actorFor(author), { articleId: article.id, version: 1 }),
      archiveArticleFor(actorFor(author), { articleId: article.id, version: 1 }),
    ]) {
      expect(await rejection(attempt)).toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: "DRAFT", version: 1 });
    expect(await auditActions(article.id)).toEqual([]);
  });

  it("lets an author submit their own draft, and emails every editor and admin in the same transaction", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const admin = await createUser({ role: "ADMIN" });
    const { article, author } = await draftWithTwoAuthorsAndTags();
    await submitForReviewFor(actorFor(author), { articleId: article.id, version: 1 });
    expect(await expectCopiesInStep(article.id)).toMatchObject({ status: "IN_REVIEW", version: 2 });
    for (const person of [editor, admin]) {
      const emails = await db.outboxEmail.findMany({ where: { toAddress: person.email, kind: "article-submitted" } });
      expect(emails.some((email) => email.textBody.includes(`/admin/articles/${article.id}`))).toBe(true);
    }
    expect(await auditActions(article.id)).toEqual([{ action: "article.submitted_for_review", actorId: author.id }]);

    const stranger = await createUser({ role: "AUTHOR" });
    const other = await createArticle({ status: "DRAFT" });
    expect(await rejection(submitForReviewFor(actorFor(stranger), { articleId: other.id, version: 1 }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await db.article.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("DRAFT");
  });

  it("schedules publication with one pending job, replacing an earlier one; reschedule and cancel follow", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const { article } = await draftWithTwoAuthorsAndTags();
    const first = new Date(Date.now() + HOUR);
    const second = new Date(Date.now() + 2 * HOUR);
    await schedulePublishFor(actorFor(editor), { articleId: article.id, version: 1, runAt: first.toISOString() });
    const { jobId } = await schedulePublishFor(actorFor(editor), { articleId: article.id, version: 2, runAt: second.toISOString() });
    const scheduled = await expectCopiesInStep(article.id);
    expect(scheduled).toMatchObject({ status: "SCHEDULED", publishedAt: second, version: 3 });
    const jobs = await db.scheduledJob.findMany({ where: { articleId: article.id }, orderBy: { createdAt: "asc" } });
    expect(jobs.map((job) => job.status)).toEqual(["CANCELLED", "PENDING"]);
    expect(jobs[1]).toMatchObject({ id: jobId, kind: "article.publish", runAt: second, createdById: editor.id });

    const third = new Date(Date.now() + 3 * HOUR);
    await rescheduleJobFor(actorFor(editor), { jobId, runAt: third.toISOString() });
    expect(await expectCopiesInStep(article.id)).toMatchObject({ status: "SCHEDULED", publishedAt: third });
    expect((await db.scheduledJob.findUniqueOrThrow({ where: { id: jobId } })).runAt).toEqual(third);

    await cancelJobFor(actorFor(editor), { jobId });
    expect(await expectCopiesInStep(article.id)).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect((await db.scheduledJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("CANCELLED");
    expect(await rejection(cancelJobFor(actorFor(editor), { jobId }))).toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a schedule in the past, and unpublish schedules only for published articles", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const { article } = await draftWithTwoAuthorsAndTags();
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(await rejection(schedulePublishFor(actorFor(editor), { articleId: article.id, version: 1, runAt: past }))).toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { runAt: "Choose a time in the future." },
    });
    const future = new Date(Date.now() + HOUR).toISOString();
    expect(await rejection(scheduleUnpublishFor(actorFor(editor), { articleId: article.id, version: 1, runAt: future }))).toMatchObject({
      code: "CONFLICT",
    });
    await publishNowFor(actorFor(editor), { articleId: article.id, version: 1 });
    const { jobId } = await scheduleUnpublishFor(actorFor(editor), { articleId: article.id, version: 2, runAt: future });
    expect(await db.scheduledJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ kind: "article.unpublish", status: "PENDING" });
    expect(await expectCopiesInStep(article.id)).toMatchObject({ status: "PUBLISHED", version: 3 });
  });
});
