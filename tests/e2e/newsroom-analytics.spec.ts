// The editor's desk and /admin/analytics in a real browser: the chart (server-rendered SVG, no
// script needed), the numbers behind it as a table and as CSV, the top stories with their trend,
// a story's own page; authors see their own stories only.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

const DAY = 24 * 60 * 60 * 1000;

/** Views three days ago (in this week, outside the 24-hour trending rail other specs watch). */
async function viewsThreeDaysAgo(articleId: string, views: number) {
  const hour = new Date(Math.floor(Date.now() / DAY) * DAY - 3 * DAY + 12 * 60 * 60 * 1000);
  await db.articleViewHour.create({ data: { articleId, hour, views } });
  return hour;
}

test("an editor sees this week's top stories on the desk, then the analytics chart, its table and CSV", async ({ page }) => {
  const editor = await createUser({ role: "EDITOR" });
  const story = await createArticle({ title: `Much read ${uniqueSuffix()}`, publishedAt: new Date(Date.now() - 5 * DAY) });
  const hour = await viewsThreeDaysAgo(story.id, 987_654);
  await signInAs(page, editor);

  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Waiting for review" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Comments to look at" })).toBeVisible();
  const top = page.getByRole("table", { name: /Views over the last 7 days/ });
  await expect(top).toContainText(story.title);
  await expect(top.getByRole("img", { name: /^Views per day, from/ }).first()).toBeVisible();

  await page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Analytics" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Analytics");
  const viewsSection = page.getByRole("region", { name: "Views per day", exact: true });
  const chart = viewsSection.getByRole("img", { name: /^Views per day [\d,]+ views in total/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator("path")).toHaveCount(1);
  await viewsSection.getByText("Show the numbers as a table").click();
  const table = viewsSection.getByRole("table", { name: "Views per day (UTC)" });
  await expect(table).toBeVisible();
  const day = hour.toISOString().slice(0, 10);
  const row = table.getByRole("row", { name: new RegExp(day) });
  expect(Number(await row.getByRole("cell").first().textContent())).toBeGreaterThanOrEqual(987_654);
  await expect(page.getByRole("img", { name: /Comments per day/ })).toBeVisible();

  const csvHref = await viewsSection.getByRole("link", { name: "Download these numbers (CSV)" }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe("Day (UTC),Views");
  expect(text).toContain(`${day},`);

  // The other charts' numbers download too, from the links on the page.
  const topCsv = await (await page.request.get((await page.getByRole("link", { name: "Download the top stories (CSV)" }).getAttribute("href"))!)).text();
  expect(topCsv.split("\r\n")[0]).toBe("Rank,Story,Slug,Views,Views in the previous period,Change (%),Views per day");
  expect(topCsv).toContain(`,${story.slug},`);
  const commentsSection = page.getByRole("region", { name: "Comments per day" });
  const commentsCsv = await (await page.request.get((await commentsSection.getByRole("link", { name: "Download these numbers (CSV)" }).getAttribute("href"))!)).text();
  expect(commentsCsv.split("\r\n")[0]).toBe("Day (UTC),Comments,Held for moderation,Held share (%)");

  await page.getByRole("table", { name: /Most read stories/ }).getByRole("link", { name: story.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.title);
  await expect(page.getByRole("img", { name: /^Views per day since publishing/ })).toBeVisible();
  await expect(page.locator("dd", { hasText: "987,654" })).toBeVisible();
  await expect(page.locator("dt", { hasText: "Reading time" })).toBeVisible();
  // A story's page: its charts' tables open from the keyboard, and their CSV has the figures.
  const storyDaily = page.getByRole("region", { name: "Views per day since publishing" });
  await storyDaily.getByText("Show the numbers as a table").focus();
  await page.keyboard.press("Enter");
  await expect(storyDaily.getByRole("row", { name: new RegExp(day) })).toContainText("987654");
  const storyCsv = await page.request.get((await storyDaily.getByRole("link", { name: "Download these numbers (CSV)" }).getAttribute("href"))!);
  expect(storyCsv.headers()["content-disposition"]).toContain(`${story.slug}-daily.csv`);
  expect(await storyCsv.text()).toContain(`${day},987654`);
});

test("authors see their own stories' figures, and not another's story page", async ({ page }) => {
  const author = await createUser({ role: "AUTHOR" });
  const mine = await createArticle({ title: `Mine ${uniqueSuffix()}`, authorIds: [author.id], publishedAt: new Date(Date.now() - 5 * DAY) });
  const theirs = await createArticle({ title: `Theirs ${uniqueSuffix()}`, publishedAt: new Date(Date.now() - 5 * DAY) });
  await viewsThreeDaysAgo(mine.id, 12);
  await viewsThreeDaysAgo(theirs.id, 5_000_000);
  await signInAs(page, author);

  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Comments to look at" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Your drafts" })).toBeVisible();

  await page.goto("/admin/analytics");
  await expect(page.getByText("What readers read and discuss of your stories.")).toBeVisible();
  const top = page.getByRole("table", { name: /Most read stories/ });
  await expect(top.getByRole("row")).toHaveCount(2);
  await expect(top).toContainText(mine.title);
  await expect(top).not.toContainText(theirs.title);
  // The downloads are theirs only too.
  const topCsv = await (await page.request.get("/admin/analytics/csv/top-stories")).text();
  expect(topCsv).toContain(mine.slug);
  expect(topCsv).not.toContain(theirs.slug);
  expect(await (await page.request.get("/admin/analytics/csv/views")).text()).not.toContain("5000000");
  expect((await page.goto(`/admin/analytics/articles/${theirs.id}`))?.status()).toBe(404);
  expect((await page.request.get(`/admin/analytics/articles/${theirs.id}/csv?chart=daily`)).status()).toBe(404);
});

test("the desk, analytics, a story's page and the integrations page have no axe violations", async ({ page }) => {
  test.setTimeout(120_000);
  const admin = await createUser({ role: "ADMIN" });
  const story = await createArticle({ title: `Axe ${uniqueSuffix()}`, publishedAt: new Date(Date.now() - 5 * DAY) });
  await viewsThreeDaysAgo(story.id, 40);
  // A paused webhook: admins see it on the desk.
  await db.webhook.create({ data: { url: `https://hooks.example.test/${uniqueSuffix()}`, events: ["article.published"], secret: "whsec_e2e", status: "PAUSED", pausedAt: new Date(), createdById: admin.id } });
  await signInAs(page, admin);
  for (const path of ["/admin", "/admin/analytics", `/admin/analytics/articles/${story.id}`, "/admin/integrations"]) {
    await page.goto(path);
    if (path === "/admin") await expect(page.getByRole("link", { name: /webhooks? (is|are) paused/ })).toHaveAttribute("href", "/admin/integrations");
    for (const summary of await page.locator("details summary").all()) await summary.click();
    const results = await new AxeBuilder({ page }).analyze();
    const found = results.violations.map((violation) => ({ rule: violation.id, help: violation.help, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")) }));
    expect(found, `${path}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
  }
});
