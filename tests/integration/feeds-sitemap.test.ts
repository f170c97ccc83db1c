// The sitemap's reads: every published story (none that is not), and the topics and authors
// that have published stories, dated by their newest one.
import { describe, expect, it } from "vitest";
import { listSitemapArticles, listSitemapLists } from "@/lib/seo/list-sitemap-entries";
import { createArticle, createTag, createUser } from "../factories";

const HOUR = 60 * 60 * 1000;

describe("sitemap entries", () => {
  it("lists published stories newest first, and leaves out drafts and the future", async () => {
    const published = await createArticle({ publishedAt: new Date(Date.now() - HOUR) });
    const draft = await createArticle({ status: "DRAFT" });
    const future = await createArticle({ publishedAt: new Date(Date.now() + HOUR) });

    const slugs = (await listSitemapArticles(50_000)).map((article) => article.slug);
    expect(slugs).toContain(published.slug);
    expect(slugs).not.toContain(draft.slug);
    expect(slugs).not.toContain(future.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect((await listSitemapArticles(3)).length).toBeLessThanOrEqual(3);
  });

  it("lists topics and authors with a published story, dated by the newest", async () => {
    const tag = await createTag();
    const emptyTag = await createTag();
    const author = await createUser({ role: "AUTHOR", password: null });
    const newest = new Date(Date.now() - 2 * HOUR);
    await createArticle({ tagIds: [tag.id, emptyTag.id], authorIds: [author.id], status: "DRAFT" });
    await createArticle({ tagIds: [tag.id], authorIds: [author.id], publishedAt: new Date(Date.now() - 5 * HOUR) });
    await createArticle({ tagIds: [tag.id], authorIds: [author.id], publishedAt: newest });

    const lists = await listSitemapLists();
    expect(lists.find((list) => list.kind === "tag" && list.key === tag.slug)?.lastModified).toBe(newest.toISOString());
    expect(lists.find((list) => list.kind === "author" && list.key === author.handle)?.lastModified).toBe(newest.toISOString());
    expect(lists.some((list) => list.key === emptyTag.slug)).toBe(false);
  });
});
