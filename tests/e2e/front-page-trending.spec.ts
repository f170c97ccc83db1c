// The front page's lead, rails and sections; views counted by the article beacon, with bots and
// repeats left out, moving stories up the "Trending" rail; the article page's reading-on extras.
// The server runs with a short flush interval and trending cache (playwright.config.ts), so a
// change shows within seconds instead of a minute.
import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createTag, createUser, uniqueSuffix } from "../factories";
import { claimClientAddress, uniqueClientAddress } from "./helpers/client-address";
import { signInAs } from "./helpers/session";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

async function totalViews(articleId: string): Promise<number> {
  const sum = await db.articleViewHour.aggregate({ where: { articleId }, _sum: { views: true } });
  return sum._sum.views ?? 0;
}

async function postViews(request: APIRequestContext, articleId: string, count: number, headers: (i: number) => Record<string, string>) {
  for (let start = 0; start < count; start += 25) {
    const batch = Array.from({ length: Math.min(25, count - start) }, (_, offset) =>
      request.post("/api/views", {
        form: { articleId },
        headers: { "sec-fetch-site": "same-origin", ...headers(start + offset) },
      }),
    );
    for (const response of await Promise.all(batch)) expect(response.status()).toBe(204);
  }
}

test("the front page leads with a story, then trending rails, the latest stories and sections by tag", async ({ page }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  const lead = main.getByRole("article").first();
  await expect(lead.getByRole("heading", { level: 2 })).toBeVisible();

  // The demo seeds a day of readership, so both rails have stories.
  const trending = main.getByRole("region", { name: "Trending", exact: true });
  await expect(trending.getByRole("listitem").first()).toBeVisible();
  expect(await trending.getByRole("listitem").count()).toBeLessThanOrEqual(5);
  const videos = main.getByRole("region", { name: "Trending videos" });
  await expect(videos.getByRole("listitem").first()).toBeVisible();

  const latest = main.getByRole("region", { name: "Latest stories" });
  expect(await latest.getByRole("article").count()).toBeGreaterThanOrEqual(10);
  await expect(latest.getByRole("link", { name: /older stories/i })).toBeVisible();

  // Sections by tag link to their tag pages and repeat no story shown above them.
  const sections = main.getByRole("region", { name: /^More in / });
  expect(await sections.count()).toBeGreaterThanOrEqual(2);
  const aboveHrefs = new Set(
    await main.locator(".front-page__lead a, .front-page__latest .card__headline a").evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
  );
  const sectionHrefs = await main.locator(".front-section .card__headline a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(sectionHrefs.length).toBeGreaterThan(0);
  for (const href of sectionHrefs) expect(aboveHrefs.has(href)).toBe(false);
  await sections.first().getByRole("heading", { level: 2 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/tags\//);
});

test("counted views move stories up the Trending rail; bots and repeat views do not count", async ({ page, request }) => {
  test.setTimeout(60_000);
  const suffix = uniqueSuffix();
  const most = await createArticle({ title: `Most read today ${suffix}` });
  const second = await createArticle({ title: `Second most read ${suffix}` });
  // A signed-in reader gets the live front page; the cached copy signed-out readers get catches
  // up within a minute (docs/decisions/0011), longer than this test should wait.
  await signInAs(page, await createUser({ password: null }));
  await page.goto("/");
  const trending = page.getByRole("region", { name: "Trending", exact: true });
  await expect(trending.getByRole("link", { name: most.title })).toHaveCount(0);

  // Distinct readers (each from their own address) are counted, once each.
  await postViews(request, most.id, 200, () => ({ "user-agent": CHROME, "x-forwarded-for": uniqueClientAddress() }));
  await postViews(request, second.id, 120, () => ({ "user-agent": CHROME, "x-forwarded-for": uniqueClientAddress() }));
  // Crawlers, prefetches and one reader reloading are not.
  await postViews(request, second.id, 100, () => ({ "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)", "x-forwarded-for": uniqueClientAddress() }));
  await postViews(request, second.id, 30, () => ({ "user-agent": CHROME, purpose: "prefetch", "x-forwarded-for": uniqueClientAddress() }));
  const reloader = uniqueClientAddress();
  await postViews(request, second.id, 30, () => ({ "user-agent": CHROME, "x-forwarded-for": reloader }));

  await expect.poll(() => totalViews(most.id), { timeout: 10_000 }).toBe(200);
  await expect.poll(() => totalViews(second.id), { timeout: 10_000 }).toBe(121);

  await expect
    .poll(
      async () => {
        await page.goto("/");
        return trending.getByRole("link").allTextContents();
      },
      { timeout: 20_000, intervals: [500, 1000] },
    )
    .toEqual(expect.arrayContaining([most.title, second.title]));
  const titles = await trending.getByRole("link").allTextContents();
  expect(titles.indexOf(most.title)).toBeLessThan(titles.indexOf(second.title));
});

test("reading an article counts one view through its beacon, without cookies", async ({ page }) => {
  await claimClientAddress(page);
  const article = await createArticle({ title: `Counted by its beacon ${uniqueSuffix()}` });
  const beacon = page.waitForResponse((response) => response.url().endsWith("/api/views") && response.request().method() === "POST");
  await page.goto(`/articles/${article.slug}`);
  const response = await beacon;
  expect(response.status()).toBe(204);
  expect(response.request().postData()).toBe(`articleId=${article.id}`);
  expect(await response.request().headerValue("cookie")).toBeNull();
  expect(await response.headerValue("set-cookie")).toBeNull();
  await expect.poll(() => totalViews(article.id), { timeout: 10_000 }).toBe(1);
  // Reading it again from the same address within the half hour does not count again.
  const again = page.waitForResponse((response) => response.url().endsWith("/api/views") && response.request().method() === "POST");
  await page.reload();
  expect((await again).status()).toBe(204);
  // Several flush intervals (200 ms in the tests) later, still one.
  await page.waitForTimeout(1_000);
  expect(await totalViews(article.id)).toBe(1);
});

test("the view endpoint refuses what is not a view, naming the field", async ({ request }) => {
  const bad = await request.post("/api/views", { form: { articleId: "'; DROP TABLE" }, headers: { "user-agent": CHROME } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: "articleId must be an article id" });
  const missing = await request.post("/api/views", { form: {}, headers: { "user-agent": CHROME } });
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error).toMatch(/articleId/);
  const huge = await request.post("/api/views", { data: "x".repeat(10_000), headers: { "user-agent": CHROME } });
  expect(huge.status()).toBe(413);
  expect((await request.get("/api/views")).status()).toBe(405);
});

test("an article offers related stories, share links, and the previous and next stories", async ({ page }) => {
  const suffix = uniqueSuffix();
  const tag = await createTag({ name: `Tides ${suffix}`, slug: `tides-${suffix}` });
  // A stretch of the past of its own, so other tests' stories are not its neighbours.
  const base = Date.UTC(2001, 0, 1) + Math.floor(Math.random() * 1e8) * 1000;
  const older = await createArticle({ title: `Older tide story ${suffix}`, tagIds: [tag.id], publishedAt: new Date(base) });
  const story = await createArticle({ title: `The tide story ${suffix}`, tagIds: [tag.id], publishedAt: new Date(base + 60_000) });
  const newer = await createArticle({ title: `Newer tide story ${suffix}`, publishedAt: new Date(base + 120_000) });

  await page.goto(`/articles/${story.slug}`);
  const related = page.getByRole("region", { name: "Related stories" });
  await expect(related.getByRole("link", { name: older.title })).toBeVisible();
  await expect(related.getByRole("link", { name: story.title })).toHaveCount(0);

  const share = page.getByRole("navigation", { name: "Share this story" });
  const storyUrl = encodeURIComponent(`/articles/${story.slug}`);
  for (const name of ["Share on X", "Share on Facebook", "Share on LinkedIn", "Share by email"]) {
    expect(await share.getByRole("link", { name }).getAttribute("href")).toContain(storyUrl);
  }
  await expect(page.locator("script[src*='facebook'], script[src*='twitter'], script[src*='x.com'], script[src*='linkedin']")).toHaveCount(0);

  const adjacent = page.getByRole("navigation", { name: "Previous and next stories" });
  await expect(adjacent.getByRole("link", { name: /previous story/i })).toContainText(older.title);
  await adjacent.getByRole("link", { name: /next story/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newer.title);
});

test.describe("copying the link", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("puts the story's address on the clipboard and says so", async ({ page }) => {
    const story = await createArticle({ title: `Copy me ${uniqueSuffix()}` });
    await page.goto(`/articles/${story.slug}`);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/articles/${story.slug}`);
  });
});
