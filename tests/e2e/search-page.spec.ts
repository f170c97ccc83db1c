// Search as a reader uses it: from the header box to ranked results with the words marked,
// narrowed by topic, a clear "no results" page with ways on, and typed markup shown as text.
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, doc, paragraph, uniqueSuffix } from "../factories";

function uniqueWord(): string {
  return `quillon${uniqueSuffix()}`;
}

test("a reader searches from the header and finds a story by a word in its body, marked", async ({ page }) => {
  const word = uniqueWord();
  const article = await createArticle({
    title: `Harbour board changes course ${uniqueSuffix()}`,
    body: doc(paragraph("The board met on Monday."), paragraph(`Members raised the ${word} question again.`)),
  });

  await page.goto("/");
  const box = page.getByRole("search", { name: "Site search" }).getByRole("searchbox", { name: "Search stories" });
  await box.fill(word);
  await box.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  await expect(page.getByText(`1 story matches “${word}”.`)).toBeVisible();
  const result = page.getByRole("article").filter({ has: page.getByRole("link", { name: article.title }) });
  await expect(result.locator("mark")).toHaveText(word);
  // The snippet is the passage around the match, from the body.
  await expect(result.locator(".search-result__snippet")).toContainText(`raised the ${word} question`);
  await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue(word);

  await result.getByRole("link", { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
});

test("a headline match comes before stories that only mention the word", async ({ page }) => {
  const word = uniqueWord();
  await createArticle({
    title: `Budget notes ${uniqueSuffix()}`,
    body: doc(...Array.from({ length: 5 }, () => paragraph(`${word}, ${word} and more ${word}.`))),
  });
  const headline = await createArticle({ title: `The ${word} affair`, publishedAt: new Date(Date.now() - 48 * 3600_000) });

  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(page.getByRole("article").first().getByRole("heading")).toHaveText(headline.title);
});

test("filters narrow the results, and an empty result says so and offers ways on", async ({ page }) => {
  const word = uniqueWord();
  // A demo topic: the filter's list of topics is cached, and a test's new topic is not announced.
  const tag = await db.tag.findUniqueOrThrow({ where: { slug: "politics" } });
  const tagged = await createArticle({ title: `Tidal story ${uniqueSuffix()}`, tagIds: [tag.id], body: doc(paragraph(`The ${word} tide.`)) });
  const untagged = await createArticle({ title: `Other story ${uniqueSuffix()}`, body: doc(paragraph(`Another ${word}.`)) });

  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole("article")).toHaveCount(2);
  await page.getByLabel("Topic").selectOption({ label: tag.name });
  await page.getByRole("button", { name: "Search", exact: true }).last().click();
  await expect(page).toHaveURL(new RegExp(`tag=${tag.slug}`));
  await expect(page.getByRole("link", { name: tagged.title })).toBeVisible();
  await expect(page.getByRole("link", { name: untagged.title })).toHaveCount(0);

  await page.getByLabel("Published until").fill("2000-01-01");
  await page.getByRole("button", { name: "Search", exact: true }).last().click();
  await expect(page.getByText(`No stories match “${word}”.`)).toBeVisible();
  await expect(page.getByText(/try fewer words/i)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Latest stories" })).toBeVisible();
  await page.getByRole("link", { name: `Search all stories for “${word}”` }).click();
  await expect(page.getByRole("article")).toHaveCount(2);
});

test("a bad date is named, and nothing is searched", async ({ page }) => {
  await page.goto(`/search?q=harbour&from=2026-02-31`);
  await expect(page.getByText("From date must be a date like 2026-11-25 or a month like 2026-11.")).toBeVisible();
  await expect(page.getByLabel("Published from")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("article")).toHaveCount(0);
});

test("markup typed into the search or stored in a story is shown as text, never run", async ({ page }) => {
  const word = uniqueWord();
  await createArticle({
    title: `Markup story ${uniqueSuffix()}`,
    body: doc(paragraph(`<img src=x onerror="window.__pwned=1"> ${word} <script>window.__pwned=1</script>`)),
  });
  const query = `<script>window.__pwned=1</script> nomatch${uniqueSuffix()}`;
  await page.goto(`/search?q=${encodeURIComponent(query)}`);

  await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveValue(query);
  await expect(page).toHaveTitle(/Search: <script>/);
  await expect(page.getByText(`No stories match “${query}”.`)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  const snippet = page.locator(".search-result__snippet");
  await expect(snippet).toContainText(`onerror="window.__pwned=1">`);
  await expect(snippet).toContainText("<script>window.__pwned=1</script");
  await expect(page.locator("main img[src=x]")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
