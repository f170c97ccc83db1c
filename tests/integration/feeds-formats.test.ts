// Feeds: RSS 2.0, Atom and JSON Feed for the site, a topic and an author are well-formed, carry
// the right stories newest first with their links, dates, bylines and content, escape whatever
// the stored text contains, and keep VIP-only stories to their opening.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { documentToHtml } from "@/lib/feeds/document-to-html";
import { feedResponse } from "@/lib/feeds/feed-response";
import { FEED_ITEM_COUNT, getFeed } from "@/lib/feeds/get-feed";
import { renderAtom } from "@/lib/feeds/render-atom";
import { toJsonFeed } from "@/lib/feeds/render-json-feed";
import { renderRss } from "@/lib/feeds/render-rss";
import { serverEnv } from "@/lib/env";
import { blockquote, createArticle, createTag, createUser, doc, heading, image, link, paragraph, uniqueSuffix, video } from "../factories";
import { childrenNamed, childText, parseXml } from "./feeds-xml-parser";

const HOUR = 60 * 60 * 1000;
const NASTY = `Tom & Jerry <script>alert("x")</script> 'quotes' \u0001bell`;

async function taggedStories() {
  const tag = await createTag({ name: `Harbour & Sea ${uniqueSuffix()}` });
  const author = await createUser({ role: "AUTHOR", name: `Ana <b>Bold</b> ${uniqueSuffix()}`, password: null });
  const older = await createArticle({
    title: `Older story ${uniqueSuffix()}`,
    tagIds: [tag.id],
    authorIds: [author.id],
    publishedAt: new Date(Date.now() - 3 * HOUR),
  });
  const newer = await createArticle({
    title: `${NASTY} ${uniqueSuffix()}`,
    dek: NASTY,
    tagIds: [tag.id],
    authorIds: [author.id],
    publishedAt: new Date(Date.now() - HOUR),
    body: doc(
      paragraph("Read ", link("the report", "/media/report.pdf"), " & weep <now>."),
      blockquote("A quote.", { attribution: "The <Ledger>", sourceUrl: "https://www.example.com/a?b=1&c=2" }),
    ),
  });
  await createArticle({ title: "A draft", tagIds: [tag.id], status: "DRAFT" });
  await createArticle({ title: "Tomorrow", tagIds: [tag.id], publishedAt: new Date(Date.now() + 24 * HOUR) });
  return { tag, author, older, newer };
}

describe("getFeed", () => {
  it("lists a topic's published stories newest first, with absolute links and stable ids", async () => {
    const { tag, older, newer } = await taggedStories();
    const feed = await getFeed({ kind: "tag", slug: tag.slug });
    const site = serverEnv().SITE_URL;
    expect(feed?.items.map((item) => item.url)).toEqual([
      new URL(`/articles/${newer.slug}`, site).toString(),
      new URL(`/articles/${older.slug}`, site).toString(),
    ]);
    expect(feed?.urls.rss).toBe(new URL(`/tags/${tag.slug}/feed.xml`, site).toString());
    expect(feed?.items[0]?.id).toContain(newer.id);
    expect(feed?.items[0]?.categories).toEqual([tag.name]);
    expect(feed?.updatedAt).toBe(newer.publishedAt!.toISOString());
  });

  it("has nothing for an unknown topic or author", async () => {
    expect(await getFeed({ kind: "tag", slug: `missing-${uniqueSuffix()}` })).toBeNull();
    expect(await getFeed({ kind: "author", handle: `missing-${uniqueSuffix()}` })).toBeNull();
  });

  it("keeps the site feed to the latest stories, newest first", async () => {
    await createArticle();
    const feed = await getFeed({ kind: "site" });
    expect(feed!.items.length).toBeGreaterThan(0);
    expect(feed!.items.length).toBeLessThanOrEqual(FEED_ITEM_COUNT);
    const dates = feed!.items.map((item) => item.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("gives VIP-only stories as their opening and a link, never the whole text", async () => {
    const author = await createUser({ role: "AUTHOR", password: null });
    const article = await createArticle({
      authorIds: [author.id],
      body: doc(paragraph("First."), paragraph("Second."), paragraph("Third."), paragraph("The members-only fourth paragraph.")),
    });
    await db.article.update({ where: { id: article.id }, data: { isVipOnly: true } });
    const feed = await getFeed({ kind: "author", handle: author.handle! });
    const html = feed!.items[0]!.contentHtml;
    expect(html).toContain("<p>Third.</p>");
    expect(html).not.toContain("fourth paragraph");
    expect(html).toMatch(/for VIP members/);
  });
});

describe("feed formats", () => {
  it("writes RSS 2.0 that parses, with each story's title, link, guid, date, byline and escaped content", async () => {
    const { tag, author, newer } = await taggedStories();
    const rss = parseXml(renderRss((await getFeed({ kind: "tag", slug: tag.slug }))!));
    expect(rss.name).toBe("rss");
    expect(rss.attributes.version).toBe("2.0");
    const channel = childrenNamed(rss, "channel")[0]!;
    expect(childText(channel, "title")).toContain(tag.name);
    const items = childrenNamed(channel, "item");
    expect(items).toHaveLength(2);
    const first = items[0]!;
    // The control character cannot appear in XML; everything else comes back exactly.
    expect(childText(first, "title")).toBe(newer.title.replace("\u0001", ""));
    expect(childText(first, "description")).toBe(NASTY.replace("\u0001", ""));
    expect(childText(first, "link")).toMatch(new RegExp(`/articles/${newer.slug}$`));
    expect(childrenNamed(first, "guid")[0]?.attributes.isPermaLink).toBe("false");
    // RFC 822 dates carry whole seconds.
    expect(Date.parse(childText(first, "pubDate")!)).toBe(Math.floor(newer.publishedAt!.getTime() / 1000) * 1000);
    expect(childText(first, "dc:creator")).toBe(author.name);
    const content = childText(first, "content:encoded")!;
    // Decoded once by the XML parser, the content is HTML whose text is still escaped.
    expect(content).toContain(`<a href="http://`);
    expect(content).toContain("/media/report.pdf\">the report</a> &amp; weep &lt;now&gt;.");
    expect(content).toContain("<cite>The &lt;Ledger&gt;</cite>");
    expect(content).toContain('href="https://www.example.com/a?b=1&amp;c=2"');
    expect(content).not.toContain("<now>");
  });

  it("writes Atom that parses, with ids, dates, authors and html content", async () => {
    const { tag, author, newer } = await taggedStories();
    const atom = parseXml(renderAtom((await getFeed({ kind: "tag", slug: tag.slug }))!));
    expect(atom.name).toBe("feed");
    expect(atom.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(childText(atom, "updated")).toBe(newer.publishedAt!.toISOString());
    expect(childrenNamed(atom, "link").find((l) => l.attributes.rel === "self")?.attributes.href).toMatch(/\/atom\.xml$/);
    const entries = childrenNamed(atom, "entry");
    expect(entries).toHaveLength(2);
    const first = entries[0]!;
    expect(childText(first, "id")).toContain(newer.id);
    expect(childText(first, "title")).toBe(newer.title.replace("\u0001", ""));
    expect(childText(childrenNamed(first, "author")[0]!, "name")).toBe(author.name);
    expect(childrenNamed(first, "content")[0]?.attributes.type).toBe("html");
    expect(childText(first, "content")).toContain("&amp; weep &lt;now&gt;");
  });

  it("writes JSON Feed 1.1 with every required field", async () => {
    const { tag, newer, older } = await taggedStories();
    const json = JSON.parse(JSON.stringify(toJsonFeed((await getFeed({ kind: "tag", slug: tag.slug }))!)));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(typeof json.title).toBe("string");
    expect(json.feed_url).toMatch(new RegExp(`/tags/${tag.slug}/feed\\.json$`));
    expect(json.items.map((item: { url: string }) => item.url.split("/").pop())).toEqual([newer.slug, older.slug]);
    for (const item of json.items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.content_html === "string" || typeof item.content_text === "string").toBe(true);
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }
    expect(json.items[0].title).toBe(newer.title);
    expect(json.items[0].authors[0].url).toMatch(/\/authors\//);
  });

  it("answers with the format's content type, caching headers, a 304 for a known ETag and a 404 for no feed", async () => {
    const { tag } = await taggedStories();
    const request = new Request("http://localhost/feed");
    const rss = await feedResponse(request, { kind: "tag", slug: tag.slug }, "rss");
    expect(rss.status).toBe(200);
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(rss.headers.get("cache-control")).toMatch(/max-age=\d+/);
    parseXml(await rss.text());

    const atom = await feedResponse(request, { kind: "tag", slug: tag.slug }, "atom");
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const json = await feedResponse(request, { kind: "tag", slug: tag.slug }, "json");
    expect(json.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    expect(JSON.parse(await json.text()).version).toBe("https://jsonfeed.org/version/1.1");

    const etag = rss.headers.get("etag")!;
    const again = await feedResponse(new Request("http://localhost/feed", { headers: { "If-None-Match": etag } }), { kind: "tag", slug: tag.slug }, "rss");
    expect(again.status).toBe(304);

    const missing = await feedResponse(request, { kind: "author", handle: `nobody-${uniqueSuffix()}` }, "atom");
    expect(missing.status).toBe(404);
  });
});

describe("documentToHtml", () => {
  it("writes every block type as minimal HTML with escaped text and absolute, safe URLs", () => {
    const html = documentToHtml(
      doc(
        heading(2, "A <heading>"),
        paragraph(link("x", "/a b")),
        image("/media/pic.png", 'A "pic"', { caption: "Cap & tion" }),
        video("https://www.youtube.com/watch?v=abc", "Clip <1>"),
      ),
      { siteUrl: "https://news.example.com" },
    );
    expect(html).toContain("<h2>A &lt;heading&gt;</h2>");
    expect(html).toContain('<a href="https://news.example.com/a%20b">x</a>');
    expect(html).toContain('<img src="https://news.example.com/media/pic.png" alt="A &quot;pic&quot;">');
    expect(html).toContain("<figcaption>Cap &amp; tion</figcaption>");
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=abc">Video: Clip &lt;1&gt;</a>');
  });
});

describe("the tests' XML reader", () => {
  it("refuses what a real XML parser refuses, so the feed tests mean something", () => {
    const bad = [
      "<rss></rss>",
      '<?xml version="1.0"?><a><b></a></b>',
      '<?xml version="1.0"?><a>Tom & Jerry</a>',
      '<?xml version="1.0"?><a>1 < 2</a>',
      '<?xml version="1.0"?><a x="1" x="2"/>',
      '<?xml version="1.0"?><a x=1/>',
      '<?xml version="1.0"?><a>\u0001</a>',
      '<?xml version="1.0"?><a/><b/>',
      '<?xml version="1.0"?><a>',
      '<?xml version="1.0"?><a>&nbsp;</a>',
    ];
    for (const source of bad) expect(() => parseXml(source), source).toThrow(/XML/);
    expect(parseXml('<?xml version="1.0"?><a k="&quot;v&quot;">x &amp; &#60;y&#x3E;<b/></a>')).toEqual({
      name: "a",
      attributes: { k: '"v"' },
      children: [{ name: "b", attributes: {}, children: [], text: "" }],
      text: "x & <y>",
    });
  });
});
