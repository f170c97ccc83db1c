// What search engines and share previews read: robots.txt, the sitemap, canonical URLs,
// NewsArticle JSON-LD that survives any headline, OpenGraph/Twitter tags with a generated share
// image, and the monthly archive linked from the footer.
import { expect, test } from "./helpers/test";
import { createArticle, createUser, uniqueSuffix } from "../factories";

test("robots.txt keeps crawlers out of private areas and points to the sitemap", async ({ request, baseURL }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  const text = await robots.text();
  for (const path of ["/admin", "/preview", "/account", "/api"]) expect(text).toContain(`Disallow: ${path}`);
  expect(text).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  expect(baseURL).toBeTruthy();
});

test("the sitemap is XML listing the front page, topics, archive months and stories", async ({ page, request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/xml/);
  const sitemap = await page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, "application/xml");
    return {
      error: parsed.getElementsByTagName("parsererror").length > 0,
      locs: [...parsed.getElementsByTagName("loc")].map((loc) => new URL(loc.textContent ?? "").pathname),
      lastmods: parsed.getElementsByTagName("lastmod").length,
    };
  }, await response.text());
  expect(sitemap.error).toBe(false);
  expect(sitemap.locs).toContain("/");
  expect(sitemap.locs).toContain("/archive");
  expect(sitemap.locs).toContain("/tags/politics");
  expect(sitemap.locs.some((path) => /^\/archive\/\d{4}\/\d{2}$/.test(path))).toBe(true);
  expect(sitemap.locs.filter((path) => path.startsWith("/articles/")).length).toBeGreaterThanOrEqual(10);
  expect(sitemap.lastmods).toBeGreaterThanOrEqual(10);
});

test("an article has canonical, OpenGraph and Twitter tags, a share image, and JSON-LD no headline can break", async ({ page, request }) => {
  const author = await createUser({ role: "AUTHOR", name: `Seo Writer ${uniqueSuffix()}`, password: null });
  const title = `Council vote </script><script>window.__pwned=1</script> ${uniqueSuffix()}`;
  const article = await createArticle({ title, dek: "What the vote means.", authorIds: [author.id] });

  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/articles/${article.slug}$`));
  await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute("content", title);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const data = JSON.parse((await scripts.textContent()) ?? "");
  expect(data["@type"]).toBe("NewsArticle");
  expect(data.headline).toBe(title);
  expect(data.author).toEqual([expect.objectContaining({ "@type": "Person", name: author.name })]);
  expect(data.datePublished).toBe(article.publishedAt!.toISOString());

  const ogImage = await page.locator('head meta[property="og:image"]').first().getAttribute("content");
  expect(ogImage).toMatch(new RegExp(`/articles/${article.slug}/share-image\\.png$`));
  expect(data.image).toContain(ogImage);
  const image = await request.get(new URL(ogImage!).pathname + new URL(ogImage!).search);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const bytes = await image.body();
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(5_000);
});

test("a story without a dek is described by its opening, for search engines and link previews", async ({ page }) => {
  const opening = `The harbour board met on Tuesday ${uniqueSuffix()} and agreed to dredge the channel.`;
  const article = await createArticle({
    dek: "",
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: opening }] }] },
  });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('head meta[name="description"]')).toHaveAttribute("content", opening);
  await expect(page.locator('head meta[property="og:description"]')).toHaveAttribute("content", opening);
});

test("the monthly archive lists months newest first and each month's stories, from the footer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Archive" }).click();
  await expect(page).toHaveURL(/\/archive$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive");
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", /\/archive$/);
  const months = page.locator(".archive-months a");
  expect(await months.count()).toBeGreaterThan(0);
  const paths = await months.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect([...paths].sort().reverse()).toEqual(paths);

  const firstMonth = months.first();
  const label = (await firstMonth.textContent())!;
  await firstMonth.click();
  await expect(page).toHaveURL(/\/archive\/\d{4}\/\d{2}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
  expect(await page.getByRole("article").count()).toBeGreaterThan(0);

  const response = await page.goto("/archive/2026/13");
  expect(response?.status()).toBe(404);
});

test("search and the front page carry canonical URLs; result pages are not indexed", async ({ page }) => {
  await page.goto("/search?q=harbour");
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", /\/search$/);
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.goto("/");
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/?$/);
});
