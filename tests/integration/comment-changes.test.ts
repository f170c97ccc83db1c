// What members do to comments after posting: edit their own (15 minutes), delete their own,
// like others', report others'. Someone else's comment is refused and nothing is written.
import { describe, expect, it } from "vitest";
import { deleteOwnCommentFor } from "@/lib/comments/delete-own-comment";
import { editCommentFor } from "@/lib/comments/edit-comment";
import { listArticleComments } from "@/lib/comments/list-article-comments";
import { postCommentFor } from "@/lib/comments/post-comment";
import { reportCommentFor } from "@/lib/comments/report-comment";
import { setCommentLikeFor } from "@/lib/comments/set-comment-like";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createEstablishedMember } from "../factories";
import { actor, address, clientToken, rejection } from "./comment-test-helpers";

const MINUTE_MS = 60 * 1000;

async function postAs(member: Awaited<ReturnType<typeof createEstablishedMember>>, articleId: string, body = "Original text.", parentId?: string) {
  return postCommentFor(actor(member), { articleId, body, parentId: parentId ?? "", clientToken: clientToken() }, { address: address() });
}

describe("editing", () => {
  it("changes one's own comment within 15 minutes and marks it edited", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const posted = await postAs(member, article.id);
    const edited = await editCommentFor(actor(member), { commentId: posted.id, body: "Corrected text." });
    expect(edited).toMatchObject({ id: posted.id, outcome: "published", articleSlug: article.slug });
    const row = await db.comment.findUniqueOrThrow({ where: { id: posted.id } });
    expect(row).toMatchObject({ body: "Corrected text.", status: "PUBLISHED" });
    expect(row.editedAt).not.toBeNull();
    expect((await listArticleComments(article.id)).comments[0]?.editedAt).not.toBeNull();
  });

  it("refuses after 15 minutes, and refuses someone else's comment without writing", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const posted = await postAs(member, article.id);
    const late = await rejection(editCommentFor(actor(member), { commentId: posted.id, body: "Too late." }, new Date(Date.now() + 16 * MINUTE_MS)));
    expect(late.status).toBe(403);
    const intruder = await createEstablishedMember();
    const forged = await rejection(editCommentFor(actor(intruder), { commentId: posted.id, body: "Hijacked." }));
    expect(forged.status).toBe(403);
    expect(await db.comment.findUniqueOrThrow({ where: { id: posted.id } })).toMatchObject({ body: "Original text.", editedAt: null });
  });
});

describe("deleting", () => {
  it("deletes one's own comment, recounts, and keeps its replies readable under a placeholder", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const posted = await postAs(member, article.id, "I will regret this.");
    await createComment({ articleId: article.id, parentId: posted.id, body: "A reply that stays." });
    const lonely = await postAs(member, article.id, "Nobody answered me.");
    await deleteOwnCommentFor(actor(member), { commentId: posted.id });
    await deleteOwnCommentFor(actor(member), { commentId: lonely.id });
    await deleteOwnCommentFor(actor(member), { commentId: lonely.id });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentCount).toBe(1);
    const thread = await listArticleComments(article.id);
    expect(thread.comments).toHaveLength(1);
    expect(thread.comments[0]).toMatchObject({ id: posted.id, isDeleted: true, body: "", authorName: "" });
    expect(thread.comments[0]?.replies.map((reply) => reply.body)).toEqual(["A reply that stays."]);
  });

  it("refuses someone else's comment and writes nothing", async () => {
    const article = await createArticle();
    const owner = await createEstablishedMember();
    const posted = await postAs(owner, article.id);
    const error = await rejection(deleteOwnCommentFor(actor(await createEstablishedMember()), { commentId: posted.id }));
    expect(error.status).toBe(403);
    expect((await db.comment.findUniqueOrThrow({ where: { id: posted.id } })).status).toBe("PUBLISHED");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentCount).toBe(1);
  });
});

describe("likes", () => {
  it("one per member per comment; the count moves with the likes; the most liked come first", async () => {
    const article = await createArticle();
    const quiet = await createComment({ articleId: article.id, body: "Quiet." });
    const popular = await createComment({ articleId: article.id, body: "Popular." });
    const [a, b] = [await createEstablishedMember(), await createEstablishedMember()];
    await setCommentLikeFor(actor(a), { commentId: popular.id, like: "1" });
    expect(await setCommentLikeFor(actor(a), { commentId: popular.id, like: "1" })).toEqual({ liked: true, likeCount: 1 });
    expect(await setCommentLikeFor(actor(b), { commentId: popular.id, like: "1" })).toEqual({ liked: true, likeCount: 2 });
    expect(await setCommentLikeFor(actor(b), { commentId: popular.id, like: "0" })).toEqual({ liked: false, likeCount: 1 });
    expect(await setCommentLikeFor(actor(b), { commentId: popular.id, like: "0" })).toEqual({ liked: false, likeCount: 1 });
    expect(await db.commentLike.count({ where: { commentId: popular.id } })).toBe(1);
    expect((await listArticleComments(article.id, { sort: "liked" })).comments.map((c) => c.id)).toEqual([popular.id, quiet.id]);
  });

  it("cannot like what is not published", async () => {
    const article = await createArticle();
    const held = await createComment({ articleId: article.id, status: "PENDING" });
    expect((await rejection(setCommentLikeFor(actor(await createEstablishedMember()), { commentId: held.id, like: "1" }))).status).toBe(404);
  });
});

describe("reports", () => {
  it("records one report per reader, counted once on the comment", async () => {
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id });
    const reader = await createEstablishedMember();
    expect(await reportCommentFor(actor(reader), { commentId: comment.id, reason: "SPAM" })).toEqual({ isNew: true });
    expect(await reportCommentFor(actor(reader), { commentId: comment.id, reason: "ABUSIVE", note: "Insults." })).toEqual({ isNew: false });
    await reportCommentFor(actor(await createEstablishedMember()), { commentId: comment.id, reason: "OFF_TOPIC" });
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).openReportCount).toBe(2);
    expect(await db.commentReport.findFirstOrThrow({ where: { commentId: comment.id, reporterId: reader.id } })).toMatchObject({ reason: "ABUSIVE", note: "Insults." });
  });

  it("needs a note for 'other', and refuses one's own comment", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const comment = await createComment({ articleId: article.id });
    expect((await rejection(reportCommentFor(actor(member), { commentId: comment.id, reason: "OTHER", note: " " }))).fieldErrors.note).toBe(
      "Tell us what is wrong with this comment.",
    );
    const own = await createComment({ articleId: article.id, authorId: member.id });
    expect((await rejection(reportCommentFor(actor(member), { commentId: own.id, reason: "SPAM" }))).status).toBe(400);
    expect(await db.commentReport.count({ where: { commentId: { in: [comment.id, own.id] } } })).toBe(0);
  });
});
