// The newsroom's article list: authors see only their own, filters combine, "%" and "_" are
// literal in the title search, and keyset pages neither skip nor repeat.
import { describe, expect, it } from "vitest";
import { listNewsroomArticlesFor, NEWSROOM_ARTICLES_PER_PAGE } from "@/lib/articles/list-newsroom-articles";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { db } from "@/lib/db/client";
import { createArticle, createTag, createUser, uniqueSuffix, actorFor } from "../factories";

describe("the newsroom article list", () => {
  it("shows an author only the articles on their byline, whatever they filter by", async () => {
    const suffix = uniqueSuffix();
    const author = await createUser({ role: "AUTHOR" });
    const other = await createUser({ role: "AUTHOR" });
    const own = await createArticle({ status: "DRAFT", authorIds: [author.id], title: `Own ${suffix}` });
    await createArticle({ status: "DRAFT", authorIds: [other.id], title: `Other ${suffix}` });
    const asAuthor = await listNewsroomArticlesFor(actorFor(author), { query: suffix });
    expect(asAuthor.articles.map((article) => article.id)).toEqual([own.id]);
    const filteredToOther = await listNewsroomArticlesFor(actorFor(author), { query: suffix, authorId: other.id });
    expect(filteredToOther.articles).toEqual([]);

    const editor = await createUser({ role: "EDITOR" });
    expect((await listNewsroomArticlesFor(actorFor(editor), { query: suffix })).articles).toHaveLength(2);
    expect((await listNewsroomArticlesFor(actorFor(editor), { query: suffix, authorId: other.id })).articles.map((a) => a.title)).toEqual([
      `Other ${suffix}`,
    ]);
  });

  it("filters by status and tag, and treats % and _ in the search as themselves", async () => {
    const suffix = uniqueSuffix();
    const editor = await createUser({ role: "EDITOR" });
    const tag = await createTag();
    const scheduled = await createArticle({ status: "SCHEDULED", title: `100% sure_${suffix}`, tagIds: [tag.id] });
    await createArticle({ status: "DRAFT", title: `100 percent sure ${suffix}` });
    const bySearch = await listNewsroomArticlesFor(actorFor(editor), { query: `100% SURE_${suffix}` });
    expect(bySearch.articles.map((article) => article.id)).toEqual([scheduled.id]);
    expect(bySearch.articles[0]?.scheduledFor).toBe(scheduled.publishedAt?.toISOString());
    expect((await listNewsroomArticlesFor(actorFor(editor), { query: suffix, status: "DRAFT" })).articles).toHaveLength(1);
    expect((await listNewsroomArticlesFor(actorFor(editor), { tagId: tag.id })).articles.map((a) => a.id)).toEqual([scheduled.id]);
  });

  it("pages most recently changed first without skipping or repeating, even when times tie", async () => {
    const suffix = uniqueSuffix();
    const editor = await createUser({ role: "EDITOR" });
    const count = NEWSROOM_ARTICLES_PER_PAGE + 3;
    for (let index = 0; index < count; index += 1) await createArticle({ status: "DRAFT", title: `Paged ${suffix} ${index}` });
    // Half of them changed at the same instant.
    await db.article.updateMany({ where: { title: { startsWith: `Paged ${suffix} 1` } }, data: { updatedAt: new Date("2026-01-01T00:00:00Z") } });
    const seen: string[] = [];
    let cursor = null;
    for (let page = 0; page < 3; page += 1) {
      const result = await listNewsroomArticlesFor(actorFor(editor), { query: `Paged ${suffix}`, cursor });
      seen.push(...result.articles.map((article) => article.id));
      if (!result.nextCursor) break;
      cursor = decodeKeysetCursor(result.nextCursor);
    }
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
  });
});
