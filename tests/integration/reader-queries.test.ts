// The reader pages' reads (the article lists: list-article-page.test.ts): an article with its
// byline; a comment thread nests replies and hides unpublished comments.
import { describe, expect, it } from "vitest";
import { listArticleComments } from "@/lib/comments/list-article-comments";
import { getPublishedArticleBySlug } from "@/lib/articles/get-published-article-by-slug";
import { createArticle, createComment, createUser } from "../factories";

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
