// Article.commentCount after posts that commit side by side, after a step a crash undid, and
// beside a moderator's recount (lib/comments/article-comment-count.ts, count-new-comments.ts).
import { describe, expect, it } from "vitest";
import { recountArticleComments } from "@/lib/comments/article-comment-count";
import { countLeftoverComments } from "@/lib/comments/count-new-comments";
import { postCommentFor } from "@/lib/comments/post-comment";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createEstablishedMember } from "../factories";
import { actor, address, clientToken } from "./comment-test-helpers";

const countOf = async (articleId: string) => (await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { commentCount: true } })).commentCount;
const pendingOf = (articleId: string) => db.commentCountPending.count({ where: { articleId } });

describe("an article's comment count", () => {
  it("counts every one of many posts that commit at once, and leaves nothing pending", async () => {
    const article = await createArticle();
    const members = await Promise.all(Array.from({ length: 12 }, () => createEstablishedMember()));
    const posts = members.flatMap((member) =>
      [1, 2].map((n) => postCommentFor(actor(member), { articleId: article.id, body: `Point ${n} from me.`, clientToken: clientToken() }, { address: address() })),
    );
    const posted = await Promise.all(posts);
    expect(posted.every((post) => post.outcome === "published")).toBe(true);
    // Each member's earlier published comment (createEstablishedMember) is on another article.
    expect(await countOf(article.id)).toBe(24);
    expect(await pendingOf(article.id)).toBe(0);
  });

  it("takes in comments a crash left pending, and counts a hidden one not at all", async () => {
    const article = await createArticle();
    const kept = await createComment({ articleId: article.id });
    // As a crash leaves it: the comment and its pending row committed, the count not yet moved.
    const left = await db.comment.create({ data: { articleId: article.id, authorId: kept.authorId, body: "Left pending." } });
    const hidden = await db.comment.create({ data: { articleId: article.id, authorId: kept.authorId, body: "Hidden since.", status: "HIDDEN" } });
    await db.commentCountPending.createMany({ data: [left, hidden].map((comment) => ({ commentId: comment.id, articleId: article.id })) });
    expect(await countOf(article.id)).toBe(1);
    await countLeftoverComments();
    expect(await countOf(article.id)).toBe(2);
    expect(await pendingOf(article.id)).toBe(0);
  });

  it("is recounted from the comments by moderation, which clears what was pending", async () => {
    const article = await createArticle();
    const kept = await createComment({ articleId: article.id });
    const left = await db.comment.create({ data: { articleId: article.id, authorId: kept.authorId, body: "Left pending." } });
    await db.commentCountPending.create({ data: { commentId: left.id, articleId: article.id } });
    expect(await db.$transaction((tx) => recountArticleComments(tx, article.id))).toBe(2);
    expect(await pendingOf(article.id)).toBe(0);
    await countLeftoverComments();
    expect(await countOf(article.id)).toBe(2);
  });
});
