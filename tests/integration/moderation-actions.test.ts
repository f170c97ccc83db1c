// Moderating single comments: approve, reject, hide, delete, each with its undo; reports
// resolved and reopened; the published count kept; every action audited; refusals write nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { approveCommentFor } from "@/lib/moderation/approve-comment";
import { deleteCommentFor } from "@/lib/moderation/delete-comment";
import { hideCommentFor } from "@/lib/moderation/hide-comment";
import { rejectCommentFor } from "@/lib/moderation/reject-comment";
import { undoModerationFor } from "@/lib/moderation/undo-moderation";
import { createArticle, createComment, createUser } from "../factories";
import { actor, articleCount, auditEventsAbout, commentState, editor, rejection, report } from "./moderation-helpers";

async function heldComment(heldReason = "suspect-word") {
  const article = await createArticle();
  const comment = await createComment({ articleId: article.id, status: "PENDING" });
  await db.comment.update({ where: { id: comment.id }, data: { heldReason } });
  return { article, comment };
}

describe("approving a held comment", () => {
  it("publishes it, counts it, records who did it, and can be undone back to the queue", async () => {
    const moderator = await editor();
    const { article, comment } = await heldComment();
    expect(await articleCount(article.id)).toBe(0);

    const outcome = await approveCommentFor(moderator, { commentId: comment.id, seenStatus: "PENDING" });
    expect(outcome.message).toBe("Comment approved.");
    expect(await commentState(comment.id)).toMatchObject({ status: "PUBLISHED", heldReason: "suspect-word", moderatedById: moderator.id });
    expect(await articleCount(article.id)).toBe(1);
    const [event] = await auditEventsAbout("Comment", comment.id);
    expect(event).toMatchObject({ actorId: moderator.id, action: "comment.approved", detail: { from: "PENDING", to: "PUBLISHED", articleId: article.id } });

    const undone = await undoModerationFor(moderator, outcome.undo);
    expect(undone.undo).toEqual([]);
    expect(await commentState(comment.id)).toMatchObject({ status: "PENDING", heldReason: "suspect-word" });
    expect(await articleCount(article.id)).toBe(0);
    expect((await auditEventsAbout("Comment", comment.id)).map((e) => e.action)).toEqual(["comment.approved", "comment.moderation_undone"]);
  });

  it("tells the person answered when the approved comment is a reply, as posting would have", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const answered = await createUser({ password: null });
    const parent = await createComment({ articleId: article.id, authorId: answered.id });
    const reply = await createComment({ articleId: article.id, parentId: parent.id, status: "PENDING" });
    await approveCommentFor(moderator, { commentId: reply.id, seenStatus: "PENDING" });
    const mail = await db.outboxEmail.findMany({ where: { toAddress: answered.email } });
    expect(mail.map((email) => email.kind)).toEqual(["comment-reply"]);
  });

  it("is refused when another moderator acted first, and nothing changes", async () => {
    const [first, second] = [await editor(), await editor()];
    const { comment } = await heldComment();
    await rejectCommentFor(first, { commentId: comment.id, seenStatus: "PENDING" });
    const error = await rejection(approveCommentFor(second, { commentId: comment.id, seenStatus: "PENDING" }));
    expect(error).toMatchObject({ code: "CONFLICT", status: 409 });
    expect(error.publicMessage).toMatch(/changed by someone else/);
    expect(await commentState(comment.id)).toMatchObject({ status: "REJECTED" });
    expect(await auditEventsAbout("Comment", comment.id)).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous moderators win", async () => {
    const [first, second] = [await editor(), await editor()];
    const { article, comment } = await heldComment();
    const results = await Promise.allSettled([
      approveCommentFor(first, { commentId: comment.id, seenStatus: "PENDING" }),
      hideCommentFor(second, { commentId: comment.id, seenStatus: "PENDING" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await auditEventsAbout("Comment", comment.id)).toHaveLength(1);
    const state = await commentState(comment.id);
    expect(await articleCount(article.id)).toBe(state.status === "PUBLISHED" ? 1 : 0);
  });
});

describe("reported comments", () => {
  it("hiding resolves the reports (openReportCount 0); undo reopens them and brings the comment back", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id });
    await report(comment.id, "ABUSIVE", "Insults another reader.");
    await report(comment.id, "SPAM");
    expect(await articleCount(article.id)).toBe(1);

    const outcome = await hideCommentFor(moderator, { commentId: comment.id, seenStatus: "PUBLISHED" });
    expect(await commentState(comment.id)).toMatchObject({ status: "HIDDEN", heldReason: "moderator", openReportCount: 0 });
    expect(await db.commentReport.count({ where: { commentId: comment.id, resolvedAt: null } })).toBe(0);
    expect(await db.commentReport.count({ where: { commentId: comment.id, resolvedById: moderator.id } })).toBe(2);
    expect(await articleCount(article.id)).toBe(0);

    await undoModerationFor(moderator, outcome.undo);
    expect(await commentState(comment.id)).toMatchObject({ status: "PUBLISHED", heldReason: null, openReportCount: 2 });
    expect(await db.commentReport.count({ where: { commentId: comment.id, resolvedAt: null } })).toBe(2);
    expect(await articleCount(article.id)).toBe(1);
  });

  it("approving a reported published comment keeps it up and dismisses the reports", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id });
    await report(comment.id, "OFF_TOPIC");
    const outcome = await approveCommentFor(moderator, { commentId: comment.id, seenStatus: "PUBLISHED" });
    expect(outcome.message).toBe("Comment approved.");
    expect(await commentState(comment.id)).toMatchObject({ status: "PUBLISHED", openReportCount: 0 });
    expect(await articleCount(article.id)).toBe(1);
    // With no reports left there is nothing to approve.
    const again = await rejection(approveCommentFor(moderator, { commentId: comment.id, seenStatus: "PUBLISHED" }));
    expect(again.code).toBe("CONFLICT");
  });
});

describe("reject and delete", () => {
  it("reject takes a published comment down and out of the count; undo restores it", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id });
    const outcome = await rejectCommentFor(moderator, { commentId: comment.id, seenStatus: "PUBLISHED" });
    expect(await commentState(comment.id)).toMatchObject({ status: "REJECTED" });
    expect(await articleCount(article.id)).toBe(0);
    await undoModerationFor(moderator, outcome.undo);
    expect(await commentState(comment.id)).toMatchObject({ status: "PUBLISHED" });
    expect(await articleCount(article.id)).toBe(1);
  });

  it("delete keeps the row (replies keep their place) and undo brings it back", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id });
    const reply = await createComment({ articleId: article.id, parentId: comment.id });
    const outcome = await deleteCommentFor(moderator, { commentId: comment.id, seenStatus: "PUBLISHED" });
    expect(outcome.message).toBe("Comment deleted.");
    expect(await commentState(comment.id)).toMatchObject({ status: "DELETED" });
    expect(await commentState(reply.id)).toMatchObject({ status: "PUBLISHED" });
    expect(await articleCount(article.id)).toBe(1);
    await undoModerationFor(moderator, outcome.undo);
    expect(await commentState(comment.id)).toMatchObject({ status: "PUBLISHED" });
    expect(await articleCount(article.id)).toBe(2);
  });

  it("a deleted comment cannot be approved (an author's deletion stands)", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id, status: "DELETED" });
    const error = await rejection(approveCommentFor(moderator, { commentId: comment.id, seenStatus: "DELETED" }));
    expect(error.code).toBe("CONFLICT");
    expect(await commentState(comment.id)).toMatchObject({ status: "DELETED" });
  });
});

describe("undo", () => {
  it("is refused once someone acted on the comment again, naming why", async () => {
    const [first, second] = [await editor(), await editor()];
    const { comment } = await heldComment();
    const approved = await approveCommentFor(first, { commentId: comment.id, seenStatus: "PENDING" });
    await hideCommentFor(second, { commentId: comment.id, seenStatus: "PUBLISHED" });
    const error = await rejection(undoModerationFor(first, approved.undo));
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(error.publicMessage).toMatch(/can no longer be undone/);
    expect(await commentState(comment.id)).toMatchObject({ status: "HIDDEN" });
  });

  it("is refused after an undo-and-redo that left the same status (the moment moved on)", async () => {
    const moderator = await editor();
    const { comment } = await heldComment();
    const first = await approveCommentFor(moderator, { commentId: comment.id, seenStatus: "PENDING" });
    await undoModerationFor(moderator, first.undo);
    await approveCommentFor(moderator, { commentId: comment.id, seenStatus: "PENDING" });
    const error = await rejection(undoModerationFor(moderator, first.undo));
    expect(error.code).toBe("CONFLICT");
    expect(await commentState(comment.id)).toMatchObject({ status: "PUBLISHED" });
  });

  it("refuses a forged plan that no action could have produced", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id, status: "DELETED" });
    const error = await rejection(
      undoModerationFor(moderator, [
        { commentId: comment.id, expectedStatus: "PENDING", actedAt: new Date().toISOString(), restoreStatus: "DELETED", restoreHeldReason: null },
      ]),
    );
    expect(error.code).toBe("BAD_INPUT");
  });
});

describe("who may moderate", () => {
  it("an editor may; an author and a member may not, and nothing is written", async () => {
    const { comment } = await heldComment();
    for (const role of ["AUTHOR", "MEMBER"] as const) {
      const person = actor(await createUser({ role, password: null }));
      const error = await rejection(approveCommentFor(person, { commentId: comment.id, seenStatus: "PENDING" }));
      expect(error).toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
    expect(await commentState(comment.id)).toMatchObject({ status: "PENDING" });
    expect(await auditEventsAbout("Comment", comment.id)).toHaveLength(0);
  });

  it("refuses a malformed id or status with a message, before any query", async () => {
    const moderator = await editor();
    const error = await rejection(approveCommentFor(moderator, { commentId: "x'; drop table", seenStatus: "PENDING" }));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.fieldErrors.commentId).toMatch(/not valid/);
    const status = await rejection(approveCommentFor(moderator, { commentId: "abc", seenStatus: "LOST" }));
    expect(status.code).toBe("BAD_INPUT");
  });

  it("writes nothing when the audit row cannot be written (one transaction)", async () => {
    const { article, comment } = await heldComment();
    const ghost = { id: "ghost-moderator-without-a-row", email: "ghost@example.test", name: "Ghost", role: "EDITOR" as const, tier: "FREE" as const, emailVerified: true };
    await expect(approveCommentFor(ghost, { commentId: comment.id, seenStatus: "PENDING" })).rejects.toThrow();
    expect(await commentState(comment.id)).toMatchObject({ status: "PENDING" });
    expect(await articleCount(article.id)).toBe(0);
  });
});
