// The publishing workflow as people use it: editors publish and schedule, authors submit,
// readers see what is published, old addresses redirect and share links open drafts.
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createUser, uniqueSuffix } from "../factories";
import { captureServerAction, replayServerAction } from "./helpers/server-action-replay";
import { signInAs } from "./helpers/session";

type TSignInUser = { id: string; tokenVersion: number };

async function signedInPage(browser: Browser, user: TSignInUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}

test("an editor publishes a draft from its overview page, and a signed-out reader then sees it", async ({ page, browser }) => {
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ status: "DRAFT", title: `Harbour lights ${uniqueSuffix()}` });
  await signInAs(page, editor);

  await page.goto("/admin/articles?status=DRAFT");
  await page.getByRole("link", { name: article.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByTestId("article-status")).toHaveText("Draft");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Published");

  const published = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { authors: true } });
  expect(published).toMatchObject({ status: "PUBLISHED", version: 2 });
  expect(published.authors[0]).toMatchObject({ status: "PUBLISHED", publishedAt: published.publishedAt });
  expect(await db.auditEvent.count({ where: { targetId: article.id, action: "article.published", actorId: editor.id } })).toBe(1);

  const reader = await browser.newPage();
  const response = await reader.goto(`/articles/${article.slug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await reader.close();
});

test("an author submits for review and sees no Publish button; posting the publish action directly gets 403", async ({ page, browser }) => {
  const editor = await createUser({ role: "EDITOR" });
  const author = await createUser({ role: "AUTHOR" });
  const article = await createArticle({ status: "DRAFT", authorIds: [author.id] });

  // The editor's page provides a real publish request; it is intercepted and never sent.
  await signInAs(page, editor);
  await page.goto(`/admin/articles/${article.id}`);
  const script = await captureServerAction(page, `/admin/articles/${article.id}`, () =>
    page.getByRole("button", { name: "Publish now" }).click(),
  );

  const authorPage = await signedInPage(browser, author);
  await authorPage.goto("/admin/articles");
  await expect(authorPage.getByRole("heading", { level: 1 })).toHaveText("Your articles");
  await authorPage.getByRole("link", { name: article.title }).click();
  await expect(authorPage.getByRole("button", { name: "Submit for review" })).toBeVisible();
  await expect(authorPage.getByRole("button", { name: "Publish now" })).toHaveCount(0);

  const refused = await replayServerAction(authorPage, script);
  expect(refused.status()).toBe(403);
  expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: "DRAFT", version: 1, publishedAt: null });
  expect(await db.auditEvent.count({ where: { targetId: article.id } })).toBe(0);

  await authorPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(authorPage.getByTestId("article-status")).toHaveText("In review");
  expect(await db.outboxEmail.count({ where: { toAddress: editor.email, kind: "article-submitted" } })).toBe(1);
  await authorPage.context().close();
});

test("an editor schedules from the overview page in their own time zone, and can cancel it", async ({ page }) => {
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ status: "DRAFT" });
  await signInAs(page, editor);
  await page.goto(`/admin/articles/${article.id}`);
  await page.getByLabel("Publish at").fill("2099-05-01T09:30");
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Scheduled");
  const offsetMinutes = await page.evaluate(() => new Date("2099-05-01T09:30").getTimezoneOffset());
  const expected = new Date(Date.UTC(2099, 4, 1, 9, 30) + offsetMinutes * 60_000);
  const job = await db.scheduledJob.findFirstOrThrow({ where: { articleId: article.id, status: "PENDING" } });
  expect(job.runAt).toEqual(expected);

  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Draft");
  expect((await db.scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("CANCELLED");
});

test("a scheduled article appears on its page once its time has passed", async ({ browser }) => {
  test.setTimeout(45_000);
  const runAt = new Date(Date.now() + 4_000);
  const article = await createArticle({ status: "SCHEDULED", publishedAt: runAt });
  await db.scheduledJob.create({ data: { kind: "article.publish", articleId: article.id, runAt } });

  // Seen before its time: 404, and the reader cache now holds "not published" for this slug.
  const reader = await browser.newPage();
  expect((await reader.goto(`/articles/${article.slug}`))?.status()).toBe(404);
  // The runner in the server polls every 5 s, and asks the server to expire that cache entry.
  await expect
    .poll(async () => (await reader.goto(`/articles/${article.slug}`))?.status(), { timeout: 20_000, intervals: [1_000] })
    .toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(article.title);
  expect(await db.scheduledJob.findFirstOrThrow({ where: { articleId: article.id } })).toMatchObject({ status: "DONE", attempts: 1 });
  await reader.close();
});

test("an old slug redirects permanently to the article's current address", async ({ request }) => {
  const article = await createArticle({ status: "PUBLISHED" });
  const oldSlug = `old-${article.slug}`;
  await db.articleSlugRedirect.create({ data: { oldSlug, articleId: article.id } });
  const response = await request.get(`/articles/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(new RegExp(`/articles/${article.slug}$`));

  const draft = await createArticle({ status: "DRAFT" });
  await db.articleSlugRedirect.create({ data: { oldSlug: `old-${draft.slug}`, articleId: draft.id } });
  expect((await request.get(`/articles/old-${draft.slug}`, { maxRedirects: 0 })).status()).toBe(404);
});

test("a share-preview link opens a draft for a signed-out visitor; without it or tampered, 404", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ status: "DRAFT", title: `Secret draft ${uniqueSuffix()}` });
  await signInAs(page, editor);
  await page.goto(`/admin/articles/${article.id}`);
  await page.getByRole("link", { name: "Preview", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await page.goto(`/admin/articles/${article.id}`);
  const shareHref = await page.getByRole("link", { name: "share link" }).getAttribute("href");
  expect(shareHref).toMatch(/^\/preview\/.+\?token=/);

  const visitor = await browser.newPage();
  const opened = await visitor.goto(shareHref ?? "");
  expect(opened?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  const tampered = (shareHref ?? "").replace(/.$/, (last) => (last === "A" ? "B" : "A"));
  for (const path of [tampered, `/preview/${article.id}`]) {
    const response = await visitor.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(visitor.getByText(article.title)).toHaveCount(0);
  }
  await visitor.close();
});

test("the runner's revalidation endpoint refuses requests it did not sign", async ({ request }) => {
  const body = JSON.stringify({ tags: ["articles"], at: Date.now() });
  for (const signature of [undefined, "forged"]) {
    const response = await request.post("/admin/jobs/revalidate", {
      headers: { "content-type": "application/json", ...(signature ? { "x-masthead-signature": signature } : {}) },
      data: body,
    });
    expect(response.status()).toBe(404);
  }
});
