// The content API's lists, read the way its handlers read them: keyset pages newest first
// (ties on the publication time broken by id, no story twice or missed across pages), filtered
// by tag, by author, by both, and by a publication window; only published stories; a story's
// published comments oldest first in pages. Each test lives in a publication window of its own
// in the past, so other files' stories never fall in it.
import { describe, expect, it } from "vitest";
import { listApiArticles } from "@/lib/content-api/list-api-articles";
import { listApiComments } from "@/lib/content-api/list-api-comments";
import { ZArticleListQuery } from "@/lib/content-api/content-api-schemas";
import { createArticle, createComment, createTag, createUser } from "../factories";

const HOUR = 60 * 60 * 1000;

/** A day of its own between 1970 and 2000. */
function ownDay(): number {
  return Date.UTC(1970, 0, 1) + Math.floor(Math.random() * 10_000) * 24 * HOUR;
}

function windowQuery(day: number, extra: Record<string, string> = {}) {
  return ZArticleListQuery.parse({ publishedAfter: new Date(day).toISOString(), publishedBefore: new Date(day + 24 * HOUR - 1).toISOString(), ...extra });
}

/** Every page from the first, following nextCursor; the slugs in order. */
async function allPages(query: ReturnType<typeof windowQuery>): Promise<{ slugs: string[]; pages: number }> {
  const slugs: string[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await listApiArticles({ ...query, after });
    pages += 1;
    expect(page.meta.limit).toBe(query.limit);
    expect(page.data.length).toBeLessThanOrEqual(query.limit);
    slugs.push(...page.data.map((article) => article.slug));
    after = page.meta.nextCursor ?? undefined;
  } while (after && pages < 20);
  return { slugs, pages };
}

describe("content API lists", () => {
  it("pages through published stories newest first, ties by id, without repeats or gaps", async () => {
    const day = ownDay();
    const at = (hours: number) => new Date(day + hours * HOUR);
    const stories = [
      await createArticle({ publishedAt: at(1) }),
      await createArticle({ publishedAt: at(5) }),
      await createArticle({ publishedAt: at(5) }),
      await createArticle({ publishedAt: at(5) }),
      await createArticle({ publishedAt: at(9) }),
    ];
    await createArticle({ status: "DRAFT" });
    await createArticle({ status: "ARCHIVED", publishedAt: at(6) });
    await createArticle({ publishedAt: at(30) }); // the next day: outside the window
    const expected = [...stories]
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? 1 : -1))
      .map((story) => story.slug);

    const { slugs, pages } = await allPages(windowQuery(day, { limit: "2" }));
    expect(slugs).toEqual(expected);
    expect(pages).toBe(3);
    expect((await allPages(windowQuery(day, { limit: "5" }))).pages).toBe(1);
    // A narrower window: publishedBefore and publishedAfter are both inclusive.
    const middle = await listApiArticles(ZArticleListQuery.parse({ publishedAfter: at(5).toISOString(), publishedBefore: at(5).toISOString() }));
    expect(middle.data.map((story) => story.slug).sort()).toEqual(stories.slice(1, 4).map((story) => story.slug).sort());
  });

  it("filters by author, by tag and by both, paging each", async () => {
    const day = ownDay();
    const at = (hours: number) => new Date(day + hours * HOUR);
    const author = await createUser({ role: "AUTHOR" });
    const colleague = await createUser({ role: "AUTHOR" });
    const tag = await createTag();
    const mineTagged = await createArticle({ authorIds: [author.id], tagIds: [tag.id], publishedAt: at(2) });
    const mine = await createArticle({ authorIds: [author.id], publishedAt: at(3) });
    const coWritten = await createArticle({ authorIds: [colleague.id, author.id], tagIds: [tag.id], publishedAt: at(4) });
    const theirsTagged = await createArticle({ authorIds: [colleague.id], tagIds: [tag.id], publishedAt: at(5) });
    await createArticle({ status: "DRAFT", authorIds: [author.id], tagIds: [tag.id] });

    expect((await allPages(windowQuery(day, { author: author.handle!, limit: "1" }))).slugs).toEqual([coWritten.slug, mine.slug, mineTagged.slug]);
    expect((await allPages(windowQuery(day, { tag: tag.slug, limit: "2" }))).slugs).toEqual([theirsTagged.slug, coWritten.slug, mineTagged.slug]);
    expect((await allPages(windowQuery(day, { tag: tag.slug, author: author.handle!, limit: "1" }))).slugs).toEqual([coWritten.slug, mineTagged.slug]);
    // Without a window the filters alone select (these authors and this tag have no other stories).
    expect((await listApiArticles(ZArticleListQuery.parse({ author: colleague.handle! }))).data.map((story) => story.slug)).toEqual([theirsTagged.slug, coWritten.slug]);
    const summary = (await listApiArticles(ZArticleListQuery.parse({ author: colleague.handle!, limit: "1" }))).data[0]!;
    expect(summary.authors.map((byline) => byline.handle)).toEqual([colleague.handle]);
    expect(summary.tags).toEqual([{ slug: tag.slug, name: tag.name }]);
    // An unknown tag or author is an empty list, not an error.
    expect(await listApiArticles(ZArticleListQuery.parse({ tag: "no-such-tag-anywhere" }))).toEqual({ data: [], meta: { nextCursor: null, limit: 20 } });
    expect((await listApiArticles(ZArticleListQuery.parse({ author: "no-such-writer" }))).data).toEqual([]);
  });

  it("pages a published story's published comments oldest first, and has none for a draft", async () => {
    const story = await createArticle();
    const base = Date.now() - 10 * HOUR;
    const first = await createComment({ articleId: story.id, createdAt: new Date(base) });
    await createComment({ articleId: story.id, createdAt: new Date(base + HOUR), status: "PENDING" });
    const second = await createComment({ articleId: story.id, createdAt: new Date(base + 2 * HOUR), parentId: first.id });
    const third = await createComment({ articleId: story.id, createdAt: new Date(base + 3 * HOUR) });
    await createComment({ articleId: story.id, createdAt: new Date(base + 4 * HOUR), status: "HIDDEN" });

    const one = await listApiComments(story.slug, { limit: 2 });
    expect(one!.data.map((comment) => comment.id)).toEqual([first.id, second.id]);
    expect(one!.data[1]).toMatchObject({ parentId: first.id, author: { name: expect.any(String) } });
    const two = await listApiComments(story.slug, { limit: 2, after: one!.meta.nextCursor! });
    expect(two!.data.map((comment) => comment.id)).toEqual([third.id]);
    expect(two!.meta.nextCursor).toBeNull();

    const draft = await createArticle({ status: "DRAFT" });
    expect(await listApiComments(draft.slug, { limit: 2 })).toBeNull();
  });
});
