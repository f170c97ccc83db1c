// The site's comment settings as the newsroom applies them: a new article starts with the
// default comment policy, and publishing (now or by schedule) sets when its comments close.
import { afterEach, describe, expect, it } from "vitest";
import { createArticleDraftFor } from "@/lib/articles/write/create-article-draft";
import { publishNowFor } from "@/lib/articles/workflow/publish-article";
import { schedulePublishFor } from "@/lib/articles/workflow/schedule-publish";
import { unpublishArticleFor } from "@/lib/articles/workflow/unpublish-article";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { SITE_SETTINGS_ID } from "@/lib/settings/site-settings";
import { createArticle, createUser, uniqueSuffix, actorFor } from "../factories";

const DAY = 24 * 60 * 60 * 1000;

// The settings row is one for the whole site and other test files run alongside: change only
// what a test needs, to values that close nothing before its time, and put it back afterwards.
let restore: Prisma.SiteSettingsUpdateInput | null = null;

async function useSettings(data: { defaultCommentPolicy?: "OPEN" | "VIP" | "CLOSED"; commentAutoCloseDays?: number | null }) {
  const before = await db.siteSettings.upsert({ where: { id: SITE_SETTINGS_ID }, create: { id: SITE_SETTINGS_ID }, update: {} });
  restore = { defaultCommentPolicy: before.defaultCommentPolicy, commentAutoCloseDays: before.commentAutoCloseDays };
  await db.siteSettings.update({ where: { id: SITE_SETTINGS_ID }, data });
}

afterEach(async () => {
  if (restore) await db.siteSettings.update({ where: { id: SITE_SETTINGS_ID }, data: restore });
  restore = null;
});

describe("comment settings in the newsroom", () => {
  it("starts a new draft with the site's default comment policy", async () => {
    const author = await createUser({ role: "AUTHOR" });
    await useSettings({ defaultCommentPolicy: "VIP" });
    const vip = await createArticleDraftFor(actorFor(author), { title: `VIP talk ${uniqueSuffix()}` });
    await db.siteSettings.update({ where: { id: SITE_SETTINGS_ID }, data: { defaultCommentPolicy: "CLOSED" } });
    const closed = await createArticleDraftFor(actorFor(author), { title: `Quiet piece ${uniqueSuffix()}` });
    expect((await db.article.findUniqueOrThrow({ where: { id: vip.id } })).commentPolicy).toBe("VIP");
    expect((await db.article.findUniqueOrThrow({ where: { id: closed.id } })).commentPolicy).toBe("CLOSED");
  });

  it("closes comments commentAutoCloseDays after publishing now, and leaves a closing time already set alone", async () => {
    const editor = await createUser({ role: "EDITOR" });
    await useSettings({ commentAutoCloseDays: 3 });
    const article = await createArticle({ status: "DRAFT" });
    await publishNowFor(actorFor(editor), { articleId: article.id, version: 1 });
    const published = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(published.commentsCloseAt).toEqual(new Date(published.publishedAt!.getTime() + 3 * DAY));

    // Unpublished and published again: the first closing time stands.
    await unpublishArticleFor(actorFor(editor), { articleId: article.id, version: 2 });
    await publishNowFor(actorFor(editor), { articleId: article.id, version: 3 });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentsCloseAt).toEqual(published.commentsCloseAt);

    // A closing time a moderator set before publication wins.
    const chosen = new Date(Date.now() + 10 * DAY);
    const preset = await createArticle({ status: "DRAFT" });
    await db.article.update({ where: { id: preset.id }, data: { commentsCloseAt: chosen } });
    await publishNowFor(actorFor(editor), { articleId: preset.id, version: 1 });
    expect((await db.article.findUniqueOrThrow({ where: { id: preset.id } })).commentsCloseAt).toEqual(chosen);
  });

  it("closes comments counted from the scheduled time when the job publishes", async () => {
    const editor = await createUser({ role: "EDITOR" });
    await useSettings({ commentAutoCloseDays: 7 });
    const article = await createArticle({ status: "DRAFT" });
    const runAt = new Date(Date.now() + 60_000);
    await schedulePublishFor(actorFor(editor), { articleId: article.id, version: 1, runAt: runAt.toISOString() });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentsCloseAt).toBeNull();
    await runDueJobs(new Date(runAt.getTime() + 1000));
    const published = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(published).toMatchObject({ status: "PUBLISHED", publishedAt: runAt, commentsCloseAt: new Date(runAt.getTime() + 7 * DAY) });
  });

  it("leaves commentsCloseAt empty when the site has no auto-close setting", async () => {
    const editor = await createUser({ role: "EDITOR" });
    await useSettings({ commentAutoCloseDays: null });
    const article = await createArticle({ status: "DRAFT" });
    await publishNowFor(actorFor(editor), { articleId: article.id, version: 1 });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentsCloseAt).toBeNull();
  });
});
