// A reader reads: the home page lists stories, an article shows its byline and its quotes with
// attribution, author and tag pages list their stories, unknown addresses get the 404 page.
import { expect, test } from "./helpers/test";
import { blockquote, createArticle, createTag, createUser, doc, link, paragraph, uniqueSuffix } from "../factories";

test("the home page lists the latest articles with headline, byline and date, and pages back", async ({ page }) => {
  await page.goto("/");
  const stories = page.getByRole("article");
  expect(await stories.count()).toBeGreaterThanOrEqual(10);
  const first = stories.first();
  await expect(first.getByRole("link").first()).toBeVisible();
  await expect(first.locator("time[datetime]")).toHaveCount(1);

  const firstHeadline = await first.getByRole("heading").textContent();
  await page.getByRole("link", { name: /older stories/i }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(page.getByRole("article").first()).toBeVisible();
  expect(await page.getByRole("article").first().getByRole("heading").textContent()).not.toBe(firstHeadline);
});

test("an article shows its headline, byline, date, quotes with attribution, tags and comments", async ({ page }) => {
  const suffix = uniqueSuffix();
  const author = await createUser({ role: "AUTHOR", name: `Dana Quill ${suffix}`, password: null });
  const tag = await createTag({ name: `Harbour ${suffix}`, slug: `harbour-${suffix}` });
  const article = await createArticle({
    title: `Council votes on the harbour plan ${suffix}`,
    dek: "The vote splits the coalition.",
    authorIds: [author.id],
    tagIds: [tag.id],
    body: doc(
      paragraph("The council met late on Tuesday. ", link("The agenda", "https://www.example.org/agenda"), " ran long."),
      blockquote("This plan is a bet on the next decade.", {
        attribution: "The Harbor Ledger editorial board",
        sourceUrl: "https://www.example.com/ledger/plan",
      }),
      paragraph("Opponents were unconvinced."),
      blockquote("We have heard these promises before.", { attribution: "Mara Voss, Northside Courier" }),
    ),
  });

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("time[datetime]").first()).toBeVisible();

  const quotes = page.locator("main blockquote");
  await expect(quotes).toHaveCount(2);
  await expect(quotes.first()).toContainText("This plan is a bet on the next decade.");
  const attribution = page.locator("main figcaption, main cite").filter({ hasText: "The Harbor Ledger editorial board" });
  await expect(attribution.first()).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: "The agenda" })).toHaveAttribute("href", "https://www.example.org/agenda");

  await expect(page.getByText(/join the conversation/i).first()).toBeVisible();
  await expect(page.getByRole("link", { name: tag.name })).toBeVisible();

  await page.getByRole("link", { name: author.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/authors/${author.handle}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(author.name);
  await expect(page.getByRole("link", { name: article.title })).toBeVisible();

  await page.goto(`/tags/${tag.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tag.name);
  await expect(page.getByRole("link", { name: article.title })).toBeVisible();
});

test("stored text is shown as text, never run as markup", async ({ page }) => {
  const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
  const article = await createArticle({
    title: `Markup in a headline ${uniqueSuffix()} ${payload}`,
    dek: payload,
    body: doc(paragraph(payload), blockquote(payload, { attribution: payload })),
  });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>");
  await expect(page.locator("main img[src=x]")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("drafts and unknown slugs get the friendly 404 page", async ({ page }) => {
  const draft = await createArticle({ status: "DRAFT" });
  for (const path of [`/articles/${draft.slug}`, `/articles/no-such-story-${uniqueSuffix()}`, "/authors/nobody-here", "/tags/no-such-tag"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("link", { name: /home|front page|latest/i }).first()).toBeVisible();
  }
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("an article and the home page are fully readable", async ({ page }) => {
    const article = await createArticle({ title: `Readable without scripts ${uniqueSuffix()}` });
    await page.goto(`/articles/${article.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    await expect(page.locator("main blockquote").first()).toBeVisible();
    await page.goto("/");
    expect(await page.getByRole("article").count()).toBeGreaterThan(0);
  });
});
