// The one query behind the author, topic and archive-month pages (lib/articles/list-article-page.ts):
// for each filter, keyset pagination returns every matching published story once, newest first,
// and nothing unpublished, scheduled, or outside the filter.
import { describe, expect, it } from "vitest";
import { listArticlePage, type TArticleListFilter } from "@/lib/articles/list-article-page";
import { decodeKeysetCursor, type TKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { createArticle, createTag, createUser, type TCreatedArticle } from "../factories";

const HOUR = 60 * 60 * 1000;
// Series are published three years back: other files count the recent stories per topic (the
// front page's busiest sections), and these 23-story topics must not top them.
const LONG_AGO = Date.now() - 3 * 365 * 24 * HOUR;

/** Every id the list shows, following its cursors to the end (at most five pages). */
async function readAllPages(filter: TArticleListFilter): Promise<string[]> {
  const seen: string[] = [];
  let cursor: TKeysetCursor | null = null;
  for (let pageNumber = 0; pageNumber < 5; pageNumber++) {
    const page = await listArticlePage(filter, cursor);
    seen.push(...page.articles.map((article) => article.id));
    if (!page.nextCursor) break;
    cursor = decodeKeysetCursor(page.nextCursor);
  }
  return seen;
}

function newestFirst(articles: TCreatedArticle[]): string[] {
  return [...articles]
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? 1 : -1))
    .map((article) => article.id);
}

/** 23 published stories 20 hours apart from `base`, two sharing a timestamp to exercise the id tie-break. */
async function publishSeries(base: number, links: { authorIds?: string[]; tagIds?: string[] }): Promise<TCreatedArticle[]> {
  const published = [];
  for (let i = 0; i < 23; i++) {
    published.push(await createArticle({ ...links, publishedAt: new Date(base + (i === 22 ? 21 : i) * 20 * HOUR) }));
  }
  return published;
}

describe("listArticlePage", () => {
  it("pages through an author's published stories, skipping drafts, the future and other authors", async () => {
    const author = await createUser({ role: "AUTHOR", password: null });
    const published = await publishSeries(LONG_AGO, { authorIds: [author.id] });
    await createArticle({ authorIds: [author.id], status: "DRAFT" });
    await createArticle({ authorIds: [author.id], publishedAt: new Date(Date.now() + 24 * HOUR) });
    await createArticle();

    expect(await readAllPages({ author: { id: author.id, handle: author.handle! } })).toEqual(newestFirst(published));
  });

  it("pages through a topic's published stories, skipping drafts, the future and other topics", async () => {
    const [tag, otherTag] = [await createTag(), await createTag()];
    const published = await publishSeries(LONG_AGO, { tagIds: [tag.id] });
    await createArticle({ tagIds: [tag.id], status: "DRAFT" });
    await createArticle({ tagIds: [tag.id], publishedAt: new Date(Date.now() + 24 * HOUR) });
    await createArticle({ tagIds: [otherTag.id] });

    expect(await readAllPages({ tag: { id: tag.id, slug: tag.slug } })).toEqual(newestFirst(published));
  });

  it("pages through exactly the stories published in a UTC month", async () => {
    // A month far in the past that no other test publishes in.
    const year = 1901 + Math.floor(Math.random() * 90);
    const start = Date.UTC(year, 5, 1);
    const end = Date.UTC(year, 6, 1);
    const inside = await publishSeries(start, {});
    inside.push(await createArticle({ publishedAt: new Date(end - 1) }));
    await createArticle({ publishedAt: new Date(start - 1) });
    await createArticle({ publishedAt: new Date(end) });
    await createArticle({ publishedAt: new Date(start + HOUR), status: "DRAFT" });

    expect(await readAllPages({ month: { year, month: 6 } })).toEqual(newestFirst(inside));
  });
});
