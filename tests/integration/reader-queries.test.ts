// The reader pages' reads: keyset pagination returns every published story once, in order,
// and nothing unpublished; a comment thread nests replies and hides unpublished comments.
import { describe, expect, it } from "vitest";
import { listAuthorArticles } from "@/lib/authors/list-author-articles";
import { listArticleComments } from "@/lib/comments/list-article-comments";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { getPublishedArticleBySlug } from "@/lib/articles/get-published-article-by-slug";
import { createArticle, createComment, createUser } from "../factories";

const HOUR = 60 * 60 * 1000;

describe("listAuthorArticles", () => {
  it("pages through every published story newest first, once each, skipping drafts and the future", async () => {
    const author = await createUser({ role: "AUTHOR", password: null });
    const base = Date.now() - 100 * HOUR;
    // 23 published stories, two sharing a timestamp to exercise the id tie-break.
    const published = [];
    for (let i = 0; i < 23; i++) {
      const publishedAt = new Date(base + (i === 22 ? 21 : i) * HOUR);
      published.push(await createArticle({ authorIds: [author.id], publishedAt }));
    }
    await createArticle({ authorIds: [author.id], status: "DRAFT" });
    await createArticle({ authorIds: [author.id], publishedAt: new Date(Date.now() + 24 * HOUR) });

    const seen: string[] = [];
    let cursor = null;
    for (let pageNumber = 0; pageNumber < 5; pageNumber++) {
      const page = await listAuthorArticles({ id: author.id, handle: author.handle! }, cursor);
      seen.push(...page.articles.map((article) => article.id));
      if (!page.nextCursor) break;
      cursor = decodeKeysetCursor(page.nextCursor);
    }

    const expected = [...published]
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? 1 : -1))
      .map((article) => article.id);
    expect(seen).toEqual(expected);
  });
});

describe("getPublishedArticleBySlug", () => {
  it("returns a published article with its byline in order, and nothing for drafts", async () => {
    const first = await createUser({ role: "AUTHOR", name: "First Byline", password: null });
    const second = await createUser({ role: "EDITOR", name: "Second Byline", password: null });
    const article = await createArticle({ authorIds: [first.id, second.id] });
    const draft = await createArticle({ status: "DRAFT" });

    const found = await getPublishedArticleBySlug(article.slug);
    expect(found?.authors.map((a) => a.name)).toEqual(["First Byline", "Second Byline"]);
    expect(found?.body?.content.filter((block) => block.type === "blockquote").length).toBeGreaterThanOrEqual(2);
    expect(await getPublishedArticleBySlug(draft.slug)).toBeNull();
  });
});

describe("listArticleComments", () => {
  it("nests replies three levels deep and leaves out unpublished comments", async () => {
    const article = await createArticle();
    const top = await createComment({ articleId: article.id, body: "top" });
    const reply = await createComment({ articleId: article.id, parentId: top.id, body: "reply" });
    await createComment({ articleId: article.id, parentId: reply.id, body: "reply to reply" });
    await createComment({ articleId: article.id, body: "held", status: "PENDING" });
    await createComment({ articleId: article.id, parentId: top.id, body: "hidden", status: "HIDDEN" });

    const page = await listArticleComments(article.id);
    expect(page.comments.map((c) => c.body)).toEqual(["top"]);
    expect(page.comments[0]?.replies.map((c) => c.body)).toEqual(["reply"]);
    expect(page.comments[0]?.replies[0]?.replies.map((c) => c.body)).toEqual(["reply to reply"]);
  });
});
