// Bulk actions (all or nothing, one audit row each), the queue listing with its context and
// bounded queries, featuring comments (with the author's email) and closing comments.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { bulkModerateCommentsFor } from "@/lib/moderation/bulk-moderate-comments";
import { featureCommentFor } from "@/lib/moderation/feature-comment";
import { listArticleCommentsForModeration, listArticleCommentsForModerationFor } from "@/lib/moderation/list-article-comments-for-moderation";
import { listModerationQueueFor, QUEUE_PAGE_SIZE } from "@/lib/moderation/list-moderation-queue";
import { setArticleCommentsClosedFor } from "@/lib/moderation/set-article-comments-closed";
import { undoModerationFor } from "@/lib/moderation/undo-moderation";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { createArticle, createComment, createUser } from "../factories";
import { actor, articleCount, auditEventsAbout, commentState, editor, rejection, report } from "./moderation-helpers";

describe("bulk actions", () => {
  it("approve several at once, one audit row per comment, and undo them together", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const comments = await Promise.all([1, 2, 3].map(() => createComment({ articleId: article.id, status: "PENDING" })));
    const outcome = await bulkModerateCommentsFor(moderator, {
      action: "approve",
      items: comments.map((comment) => ({ commentId: comment.id, seenStatus: "PENDING" })),
    });
    expect(outcome.message).toBe("3 comments approved.");
    expect(await articleCount(article.id)).toBe(3);
    for (const comment of comments) {
      expect(await commentState(comment.id)).toMatchObject({ status: "PUBLISHED" });
      expect((await auditEventsAbout("Comment", comment.id)).map((event) => event.action)).toEqual(["comment.approved"]);
    }
    const undone = await undoModerationFor(moderator, outcome.undo);
    expect(undone.message).toBe("Undone: 3 comments are back as they were.");
    expect(await articleCount(article.id)).toBe(0);
    for (const comment of comments) expect(await commentState(comment.id)).toMatchObject({ status: "PENDING" });
  });

  it("is all or nothing: one comment changed by someone else leaves every comment as it was", async () => {
    const [moderator, other] = [await editor(), await editor()];
    const article = await createArticle();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createComment({ articleId: article.id, status: "PENDING" })));
    await bulkModerateCommentsFor(other, { action: "reject", items: [{ commentId: b!.id, seenStatus: "PENDING" }] });
    const error = await rejection(
      bulkModerateCommentsFor(moderator, {
        action: "hide",
        items: [a!, b!, c!].map((comment) => ({ commentId: comment.id, seenStatus: "PENDING" })),
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(await commentState(a!.id)).toMatchObject({ status: "PENDING" });
    expect(await commentState(b!.id)).toMatchObject({ status: "REJECTED" });
    expect(await commentState(c!.id)).toMatchObject({ status: "PENDING" });
    expect(await auditEventsAbout("Comment", a!.id)).toHaveLength(0);
  });

  it("spans articles, recounting each", async () => {
    const moderator = await editor();
    const [first, second] = [await createArticle(), await createArticle()];
    const x = await createComment({ articleId: first.id });
    const y = await createComment({ articleId: second.id });
    await bulkModerateCommentsFor(moderator, {
      action: "hide",
      items: [x, y].map((comment) => ({ commentId: comment.id, seenStatus: "PUBLISHED" })),
    });
    expect([await articleCount(first.id), await articleCount(second.id)]).toEqual([0, 0]);
  });

  it("refuses an empty selection, a duplicate and an unknown action with clear messages", async () => {
    const moderator = await editor();
    expect((await rejection(bulkModerateCommentsFor(moderator, { action: "approve", items: [] }))).fieldErrors.items).toBe("Select at least one comment.");
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id, status: "PENDING" });
    const twice = [comment, comment].map((row) => ({ commentId: row.id, seenStatus: "PENDING" as const }));
    expect((await rejection(bulkModerateCommentsFor(moderator, { action: "approve", items: twice }))).code).toBe("BAD_INPUT");
    const unknown = await rejection(bulkModerateCommentsFor(moderator, { action: "nuke" as "approve", items: twice.slice(0, 1) }));
    expect(unknown.fieldErrors.action).toBe("Choose what to do with the selected comments.");
  });
});

describe("the queue", () => {
  it("lists held and reported comments with their article, parent, reports and the author's record", async () => {
    const moderator = await editor();
    const article = await createArticle({ title: `Queue article ${Date.now()}` });
    const author = await createUser({ password: null });
    const parent = await createComment({ articleId: article.id, body: "The parent comment." });
    const held = await createComment({ articleId: article.id, authorId: author.id, parentId: parent.id, status: "PENDING", body: "A held reply." });
    await db.comment.update({ where: { id: held.id }, data: { heldReason: "first-comments" } });
    const reported = await createComment({ articleId: article.id, authorId: author.id, body: "A reported comment." });
    await report(reported.id, "SPAM", "Selling watches.");
    await createComment({ articleId: article.id, authorId: author.id, status: "REJECTED" });
    await db.moderatorNote.create({ data: { memberId: author.id, writerId: moderator.id, body: "Warned once about links." } });

    const ids = async (filter: "all" | "pending" | "reported") => {
      const found: string[] = [];
      let cursor: { at: string; id: string } | null = null;
      // Walk every page: other tests add to the queue at the same time.
      for (;;) {
        const page = await listModerationQueueFor(moderator, { filter, cursor });
        found.push(...page.items.map((item) => item.id));
        if (!page.nextCursor) return { found, page };
        cursor = decodeKeysetCursor(page.nextCursor);
      }
    };
    expect((await ids("pending")).found).toContain(held.id);
    expect((await ids("pending")).found).not.toContain(reported.id);
    expect((await ids("reported")).found).toContain(reported.id);
    expect((await ids("reported")).found).not.toContain(held.id);
    const all = await ids("all");
    expect(all.found).toEqual(expect.arrayContaining([held.id, reported.id]));
    expect(all.found).not.toContain(parent.id);

    const page = await listArticleCommentsForModerationFor(moderator, { articleId: article.id });
    const heldItem = page!.items.find((item) => item.id === held.id)!;
    expect(heldItem).toMatchObject({ heldReason: "first-comments", article: { id: article.id }, parent: { id: parent.id, body: "The parent comment." } });
    const reportedItem = page!.items.find((item) => item.id === reported.id)!;
    expect(reportedItem.reports).toEqual([expect.objectContaining({ reason: "SPAM", note: "Selling watches." })]);
    const record = page!.authors[author.id]!;
    expect(record.rejectedCount).toBe(1);
    expect(record.recent).toHaveLength(3);
    expect(record.notes).toEqual([expect.objectContaining({ body: "Warned once about links.", writerName: moderator.name })]);
    expect(record.noteCount).toBe(1);
  });

  it("pages with a keyset cursor and never repeats a comment", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const created = [];
    for (let i = 0; i < QUEUE_PAGE_SIZE + 5; i++) created.push(await createComment({ articleId: article.id, status: "PENDING" }));
    const seen = new Set<string>();
    let cursor: { at: string; id: string } | null = null;
    for (;;) {
      const page = await listModerationQueueFor(moderator, { filter: "pending", cursor });
      expect(page.items.length).toBeLessThanOrEqual(QUEUE_PAGE_SIZE);
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      if (!page.nextCursor) break;
      cursor = decodeKeysetCursor(page.nextCursor);
    }
    for (const comment of created) expect(seen.has(comment.id)).toBe(true);
  });

  it("is refused to authors", async () => {
    const author = actor(await createUser({ role: "AUTHOR", password: null }));
    expect((await rejection(listModerationQueueFor(author, {}))).code).toBe("FORBIDDEN");
    await expect(listArticleCommentsForModeration({ articleId: "x" })).rejects.toThrow();
  });
});

describe("featuring a comment", () => {
  it("shows it first, tells its author by email in the same transaction, once", async () => {
    const moderator = await editor();
    const article = await createArticle({ title: "A story worth discussing" });
    const author = await createUser({ password: null });
    const comment = await createComment({ articleId: article.id, authorId: author.id });
    const result = await featureCommentFor(moderator, { commentId: comment.id, featured: "true" });
    expect(result.featured).toBe(true);
    expect((await commentState(comment.id)).featuredAt).toBeInstanceOf(Date);
    const mail = await db.outboxEmail.findMany({ where: { toAddress: author.email, kind: "comment-featured" } });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.textBody).toContain(`/articles/${article.slug}`);
    expect(mail[0]!.textBody).toContain("A story worth discussing");
    // A second click finds it already featured: no second email.
    expect((await rejection(featureCommentFor(moderator, { commentId: comment.id, featured: true }))).code).toBe("CONFLICT");
    expect(await db.outboxEmail.count({ where: { toAddress: author.email } })).toBe(1);

    await featureCommentFor(moderator, { commentId: comment.id, featured: "false" });
    expect((await commentState(comment.id)).featuredAt).toBeNull();
    expect((await auditEventsAbout("Comment", comment.id)).map((event) => event.action)).toEqual(["comment.featured", "comment.unfeatured"]);
  });

  it("only a published comment can be featured", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id, status: "PENDING" });
    const error = await rejection(featureCommentFor(moderator, { commentId: comment.id, featured: true }));
    expect(error.publicMessage).toMatch(/Only a published comment/);
  });
});

describe("closing comments on an article", () => {
  it("close sets commentsCloseAt to now, reopen clears it; a stale form is refused; both audited", async () => {
    const moderator = await editor();
    const article = await createArticle();
    const before = Date.now();
    const closed = await setArticleCommentsClosedFor(moderator, { articleId: article.id, closed: "true", seenCloseAt: "" });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { commentsCloseAt: true, version: true } });
    expect(stored.commentsCloseAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(stored.version).toBe(article.version);
    expect(closed.commentsCloseAt).toBe(stored.commentsCloseAt!.toISOString());

    // A second moderator's page still showed the comments open.
    const stale = await rejection(setArticleCommentsClosedFor(moderator, { articleId: article.id, closed: "true", seenCloseAt: "" }));
    expect(stale.code).toBe("CONFLICT");

    const reopened = await setArticleCommentsClosedFor(moderator, { articleId: article.id, closed: "false", seenCloseAt: closed.commentsCloseAt! });
    expect(reopened.message).toBe("Comments reopened.");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentsCloseAt).toBeNull();
    expect((await auditEventsAbout("Article", article.id)).map((event) => event.action)).toEqual(["article.comments_closed", "article.comments_reopened"]);
  });

  it("says so when the article's policy keeps comments closed anyway", async () => {
    const moderator = await editor();
    const article = await createArticle({ commentPolicy: "CLOSED" });
    const closed = await setArticleCommentsClosedFor(moderator, { articleId: article.id, closed: true, seenCloseAt: "" });
    const reopened = await setArticleCommentsClosedFor(moderator, { articleId: article.id, closed: false, seenCloseAt: closed.commentsCloseAt! });
    expect(reopened.message).toMatch(/policy is still/);
  });
});
