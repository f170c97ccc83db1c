// Reading a thread: three orders with keyset pages, featured comments first, deleted comments as
// placeholders for their replies, live updates after a cursor, one conversation on its own.
import { describe, expect, it } from "vitest";
import { getViewerComments } from "@/lib/comments/get-viewer-comments";
import { listArticleComments, TOP_LEVEL_COMMENTS_PER_PAGE } from "@/lib/comments/list-article-comments";
import { listCommentsSince } from "@/lib/comments/list-comments-since";
import { findThreadRootId, listCommentSubthread } from "@/lib/comments/list-comment-subthread";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createEstablishedMember } from "../factories";
import { actor } from "./comment-test-helpers";

const base = Date.parse("2026-01-01T00:00:00Z");

async function articleWithComments(count: number) {
  const article = await createArticle();
  const comments = [];
  for (let i = 0; i < count; i++) {
    comments.push(await createComment({ articleId: article.id, body: `Comment ${i}`, createdAt: new Date(base + i * 60_000) }));
  }
  return { article, comments };
}

describe("thread pages", () => {
  it("pages through every comment once, oldest or newest first", async () => {
    const total = TOP_LEVEL_COMMENTS_PER_PAGE + 5;
    const { article, comments } = await articleWithComments(total);
    for (const sort of ["oldest", "newest"] as const) {
      const first = await listArticleComments(article.id, { sort });
      expect(first.isFirstPage).toBe(true);
      expect(first.comments).toHaveLength(TOP_LEVEL_COMMENTS_PER_PAGE);
      const second = await listArticleComments(article.id, { sort, after: first.nextCursor });
      expect(second.isFirstPage).toBe(false);
      expect(second.nextCursor).toBeNull();
      const seen = [...first.comments, ...second.comments].map((c) => c.id);
      const expected = comments.map((c) => c.id);
      expect(seen).toEqual(sort === "oldest" ? expected : [...expected].reverse());
    }
  });

  it("orders by likes, and a bad cursor means the first page", async () => {
    const { article, comments } = await articleWithComments(3);
    await db.comment.update({ where: { id: comments[1]?.id ?? "" }, data: { likeCount: 5 } });
    expect((await listArticleComments(article.id, { sort: "liked" })).comments.map((c) => c.body)).toEqual(["Comment 1", "Comment 0", "Comment 2"]);
    expect((await listArticleComments(article.id, { sort: "liked", after: "not-a-cursor!" })).isFirstPage).toBe(true);
  });

  it("lifts featured comments to the top of the first page and marks them in place", async () => {
    const { article, comments } = await articleWithComments(3);
    await db.comment.update({ where: { id: comments[2]?.id ?? "" }, data: { featuredAt: new Date() } });
    const first = await listArticleComments(article.id);
    expect(first.featured.map((c) => c.body)).toEqual(["Comment 2"]);
    expect(first.comments.find((c) => c.id === comments[2]?.id)?.isFeatured).toBe(true);
  });

  it("keeps a deleted comment with replies as a placeholder on its own page, and drops one without", async () => {
    const { article, comments } = await articleWithComments(TOP_LEVEL_COMMENTS_PER_PAGE + 3);
    const onSecondPage = comments[TOP_LEVEL_COMMENTS_PER_PAGE + 1];
    const lonely = comments[0];
    if (!onSecondPage || !lonely) throw new Error("setup");
    await createComment({ articleId: article.id, parentId: onSecondPage.id, body: "Still here." });
    await db.comment.updateMany({ where: { id: { in: [onSecondPage.id, lonely.id] } }, data: { status: "DELETED" } });
    const first = await listArticleComments(article.id);
    expect(first.comments.some((c) => c.isDeleted)).toBe(false);
    const second = await listArticleComments(article.id, { after: first.nextCursor });
    const placeholder = second.comments.find((c) => c.id === onSecondPage.id);
    expect(placeholder).toMatchObject({ isDeleted: true, body: "", authorName: "" });
    expect(placeholder?.replies.map((r) => r.body)).toEqual(["Still here."]);
  });
});

describe("live updates", () => {
  it("returns published comments after the cursor, with what they answer", async () => {
    const { article, comments } = await articleWithComments(2);
    const page = await listArticleComments(article.id);
    expect((await listCommentsSince(article.id, page.latestCursor)).comments).toEqual([]);
    const reply = await createComment({ articleId: article.id, parentId: comments[0]?.id ?? "", body: "Fresh reply." });
    await createComment({ articleId: article.id, body: "Held.", status: "PENDING" });
    const since = await listCommentsSince(article.id, page.latestCursor);
    expect(since.comments.map((c) => c.id)).toEqual([reply.id]);
    expect(since.comments[0]?.inReplyTo).toBe((await db.user.findUniqueOrThrow({ where: { id: comments[0]?.authorId ?? "" } })).name);
    expect((await listCommentsSince(article.id, since.latestCursor)).comments).toEqual([]);
    expect((await listCommentsSince(article.id, "garbage")).comments).toEqual([]);
  });

  it("starts from the beginning on an empty thread", async () => {
    const article = await createArticle();
    const page = await listArticleComments(article.id);
    const first = await createComment({ articleId: article.id });
    expect((await listCommentsSince(article.id, page.latestCursor)).comments.map((c) => c.id)).toEqual([first.id]);
  });
});

describe("one conversation and the reader's own view", () => {
  it("finds the root of a reply and lists its conversation", async () => {
    const article = await createArticle();
    const top = await createComment({ articleId: article.id, body: "Top" });
    const reply = await createComment({ articleId: article.id, parentId: top.id, body: "Reply" });
    const deep = await createComment({ articleId: article.id, parentId: reply.id, body: "Deep" });
    expect(await findThreadRootId(article.id, deep.id, null)).toBe(top.id);
    expect(await findThreadRootId((await createArticle()).id, deep.id, null)).toBeNull();
    const conversation = await listCommentSubthread(article.id, top.id);
    expect(conversation[0]?.replies[0]?.replies[0]?.body).toBe("Deep");
  });

  it("knows which comments the reader liked and may still edit", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const mine = await createComment({ articleId: article.id, authorId: member.id });
    const old = await createComment({ articleId: article.id, authorId: member.id, createdAt: new Date(Date.now() - 20 * 60_000) });
    const theirs = await createComment({ articleId: article.id });
    await db.commentLike.create({ data: { commentId: theirs.id, userId: member.id } });
    const view = await getViewerComments(actor(member), article.id, [mine.id, old.id, theirs.id]);
    expect(view.ownIds.sort()).toEqual([mine.id, old.id].sort());
    expect(view.editableIds).toEqual([mine.id]);
    expect(view.likedIds).toEqual([theirs.id]);
    expect(await getViewerComments(null, article.id, [theirs.id])).toMatchObject({ ownIds: [], likedIds: [] });
  });
});
