// Feeds as feed readers fetch them: the right content types, XML that the browser's own XML
// parser accepts, the right stories, and <link rel="alternate"> on the pages they follow.
import { type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { createArticle, createTag, createUser, doc, paragraph, uniqueSuffix } from "../factories";

type TParsed = { error: string | null; root: string | null; titles: string[]; links: string[] };

/** Parses XML with Chromium's DOMParser: a real, strict XML parser. */
async function parseXmlInBrowser(page: Page, xml: string): Promise<TParsed> {
  if (page.url() === "about:blank") await page.goto("/search");
  return page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, "application/xml");
    const error = parsed.getElementsByTagName("parsererror")[0];
    const root = parsed.documentElement;
    const entries = [...root.querySelectorAll(root.nodeName === "feed" ? "entry" : "item")];
    return {
      error: error ? (error.textContent ?? "parser error") : null,
      root: root.nodeName,
      titles: entries.map((entry) => entry.querySelector("title")?.textContent ?? ""),
      links: entries.map((entry) => entry.querySelector("link")?.getAttribute("href") || entry.querySelector("link")?.textContent || ""),
    };
  }, xml);
}

test("the site's RSS, Atom and JSON feeds are served with their content types and parse", async ({ page, request }) => {
  const rss = await request.get("/feed.xml");
  expect(rss.status()).toBe(200);
  expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  expect(rss.headers()["cache-control"]).toContain("max-age=300");
  const parsedRss = await parseXmlInBrowser(page, await rss.text());
  expect(parsedRss.error).toBeNull();
  expect(parsedRss.root).toBe("rss");
  expect(parsedRss.titles.length).toBeGreaterThan(0);
  expect(parsedRss.titles.length).toBeLessThanOrEqual(20);

  const atom = await request.get("/atom.xml");
  expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const parsedAtom = await parseXmlInBrowser(page, await atom.text());
  expect(parsedAtom.error).toBeNull();
  expect(parsedAtom.root).toBe("feed");
  // Other tests publish meanwhile, and each format may be read a cache refresh apart: the
  // formats are compared item by item on a topic's feed below.
  expect(parsedAtom.titles.length).toBeGreaterThan(0);

  const json = await request.get("/feed.json");
  expect(json.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
  const feed = await json.json();
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(feed.items.length).toBeGreaterThan(0);
  for (const item of feed.items) {
    expect(typeof item.id).toBe("string");
    expect(typeof item.content_html).toBe("string");
    expect(item.url).toMatch(/\/articles\//);
  }
});

test("a topic's and an author's feeds carry their stories, and their pages point to them", async ({ page, request }) => {
  const tag = await createTag({ name: `Estuary ${uniqueSuffix()}` });
  const author = await createUser({ role: "AUTHOR", name: `Feed Writer ${uniqueSuffix()}`, password: null });
  const story = await createArticle({
    title: `Tide & time <wait> ${uniqueSuffix()}`,
    tagIds: [tag.id],
    authorIds: [author.id],
    body: doc(paragraph("Body with <markup> & ampersands.")),
  });

  for (const path of [`/tags/${tag.slug}`, `/authors/${author.handle}`]) {
    const rss = await request.get(`${path}/feed.xml`);
    expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const parsed = await parseXmlInBrowser(page, await rss.text());
    expect(parsed.error).toBeNull();
    expect(parsed.titles).toEqual([story.title]);
    expect(parsed.links[0]).toMatch(new RegExp(`/articles/${story.slug}$`));
    // A reader that already has this feed gets a 304.
    const again = await request.get(`${path}/feed.xml`, { headers: { "If-None-Match": rss.headers()["etag"]! } });
    expect(again.status()).toBe(304);

    const atom = await parseXmlInBrowser(page, await (await request.get(`${path}/atom.xml`)).text());
    expect(atom.error).toBeNull();
    expect(atom.titles).toEqual([story.title]);

    const json = await (await request.get(`${path}/feed.json`)).json();
    expect(json.items[0].title).toBe(story.title);
    expect(json.items[0].content_html).toContain("Body with &lt;markup&gt; &amp; ampersands.");

    await page.goto(path);
    // Metadata links are absolute (metadataBase).
    await expect(page.locator(`head link[rel=alternate][type="application/rss+xml"][href$="${path}/feed.xml"]`)).toHaveCount(1);
    await expect(page.locator(`head link[rel=alternate][type="application/atom+xml"][href$="${path}/atom.xml"]`)).toHaveCount(1);
    await expect(page.locator(`head link[rel=alternate][type="application/feed+json"][href$="${path}/feed.json"]`)).toHaveCount(1);
  }

  expect((await request.get(`/tags/no-such-topic-${uniqueSuffix()}/feed.xml`)).status()).toBe(404);
});

test("every page points feed readers at the site's feeds", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('head link[rel=alternate][type="application/rss+xml"][href="/feed.xml"]')).toHaveCount(1);
  await expect(page.locator('head link[rel=alternate][type="application/atom+xml"][href="/atom.xml"]')).toHaveCount(1);
  await expect(page.locator('head link[rel=alternate][type="application/feed+json"][href="/feed.json"]')).toHaveCount(1);
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "RSS feed" })).toHaveAttribute("href", "/feed.xml");
});
