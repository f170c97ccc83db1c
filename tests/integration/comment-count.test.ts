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

/**
 * An article as a crash leaves it: one counted comment, then comments whose rows (and pending
 * rows) committed while the count did not move.
 */
async function articleWithPendingComments(statuses: ("PUBLISHED" | "HIDDEN")[]): Promise<{ id: string }> {
  const article = await createArticle();
  const counted = await createComment({ articleId: article.id });
  for (const status of statuses) {
    const left = await db.comment.create({ data: { articleId: article.id, authorId: counted.authorId, body: `Left pending, ${status}.`, status } });
    await db.commentCountPending.create({ data: { commentId: left.id, articleId: article.id } });
  }
  return article;
}

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
    const article = await articleWithPendingComments(["PUBLISHED", "HIDDEN"]);
    expect(await countOf(article.id)).toBe(1);
    await countLeftoverComments();
    expect(await countOf(article.id)).toBe(2);
    expect(await pendingOf(article.id)).toBe(0);
  });

  it("is recounted from the comments by moderation, which clears what was pending", async () => {
    const article = await articleWithPendingComments(["PUBLISHED"]);
    expect(await db.$transaction((tx) => recountArticleComments(tx, article.id))).toBe(2);
    expect(await pendingOf(article.id)).toBe(0);
    await countLeftoverComments();
    expect(await countOf(article.id)).toBe(2);
  });
});
