// The demo must look like the product: every demo article page shows real <blockquote>s with
// their attribution, and a byline.
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { DEMO_SIGN_INS } from "../../prisma/demo/demo-sign-ins";

test("every demo article shows at least two attributed blockquotes and a byline", async ({ page }) => {
  test.setTimeout(120_000);
  const demoAuthorEmails = DEMO_SIGN_INS.filter((s) => s.role !== "MEMBER").map((s) => s.email);
  const articles = await db.article.findMany({
    where: { status: "PUBLISHED", authors: { some: { user: { email: { in: demoAuthorEmails } } } } },
    select: { slug: true, title: true },
  });
  expect(articles.length).toBeGreaterThanOrEqual(35);

  for (const article of articles) {
    await page.goto(`/articles/${article.slug}`);
    await expect(page.getByRole("heading", { level: 1 }), article.slug).toHaveText(article.title);
    expect(await page.locator("main blockquote").count(), article.slug).toBeGreaterThanOrEqual(2);
    expect(await page.locator("main figure figcaption, main blockquote cite, main figcaption cite").count(), article.slug).toBeGreaterThanOrEqual(2);
    await expect(page.locator('main a[href^="/authors/"]').first(), article.slug).toBeVisible();
  }
});
