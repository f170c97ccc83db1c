// Bans with a reason and an expiry (and "also hide their past comments"), expired bans, shadow
// bans, moderator notes; who may sanction whom.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addModeratorNoteFor } from "@/lib/members/add-moderator-note";
import { banUserFor } from "@/lib/members/ban-user";
import { listModeratorNotesFor } from "@/lib/members/list-moderator-notes";
import { shadowBanUserFor } from "@/lib/members/shadow-ban-user";
import { unbanUserFor } from "@/lib/members/unban-user";
import { unshadowBanUserFor } from "@/lib/members/unshadow-ban-user";
import { getMemberRecordFor } from "@/lib/moderation/get-member-record";
import { hideCommentFor } from "@/lib/moderation/hide-comment";
import { createArticle, createComment, createUser, DEFAULT_TEST_PASSWORD } from "../factories";
import { actor, admin, articleCount, auditEventsAbout, commentState, editor, rejection } from "./moderation-helpers";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("bans", () => {
  it("an editor bans a member for 7 days and hides their past comments; counts and audit follow", async () => {
    const moderator = await editor();
    const member = await createUser({ password: null });
    const [first, second] = [await createArticle(), await createArticle()];
    const published = await createComment({ articleId: first.id, authorId: member.id });
    await createComment({ articleId: second.id, authorId: member.id });
    const pending = await createComment({ articleId: first.id, authorId: member.id, status: "PENDING" });
    const before = Date.now();

    const result = await banUserFor(moderator, { userId: member.id, reason: "Abuse.", durationDays: "7", hidePastComments: "on" });
    expect(result.hiddenComments).toBe(2);
    const banned = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(banned).toMatchObject({ status: "BANNED", banReason: "Abuse.", tokenVersion: member.tokenVersion + 1 });
    expect(banned.banExpiresAt!.getTime()).toBeGreaterThanOrEqual(before + 7 * DAY_MS);
    expect(banned.banExpiresAt!.getTime()).toBeLessThan(Date.now() + 7 * DAY_MS + 1000);
    expect(await commentState(published.id)).toMatchObject({ status: "HIDDEN", heldReason: "ban" });
    expect(await commentState(pending.id)).toMatchObject({ status: "PENDING" });
    expect([await articleCount(first.id), await articleCount(second.id)]).toEqual([0, 0]);
    const [event] = await auditEventsAbout("User", member.id);
    expect(event).toMatchObject({ action: "user.banned", detail: { reason: "Abuse.", hiddenComments: 2, expiresAt: banned.banExpiresAt!.toISOString() } });

    // Undo from the queue: lift the ban and bring back what it hid.
    const lifted = await unbanUserFor(moderator, { userId: member.id, restoreHiddenComments: true });
    expect(lifted.restoredComments).toBe(2);
    expect(await commentState(published.id)).toMatchObject({ status: "PUBLISHED", heldReason: null });
    expect([await articleCount(first.id), await articleCount(second.id)]).toEqual([1, 1]);
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "ACTIVE", banExpiresAt: null });
  });

  it("without 'hide past comments' the comments stay up, and a ban until lifted has no expiry", async () => {
    const moderator = await editor();
    const member = await createUser({ password: null });
    const article = await createArticle();
    const comment = await createComment({ articleId: article.id, authorId: member.id });
    await banUserFor(moderator, { userId: member.id, reason: "Spam.", durationDays: "" });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "BANNED", banExpiresAt: null });
    expect(await commentState(comment.id)).toMatchObject({ status: "PUBLISHED" });
  });

  it("an expired ban no longer counts: sign-in lets them in and they can be banned again", async () => {
    const moderator = await editor();
    const member = await createUser();
    await banUserFor(moderator, { userId: member.id, reason: "Cooling off.", durationDays: 1 });
    const { signIn } = await import("@/lib/auth/sign-in");
    const during = await signIn({ email: member.email, password: DEFAULT_TEST_PASSWORD }, "203.0.113.7");
    expect(during.isBanned).toBe(true);

    await db.user.update({ where: { id: member.id }, data: { banExpiresAt: new Date(Date.now() - 1000) } });
    const after = await signIn({ email: member.email, password: DEFAULT_TEST_PASSWORD }, "203.0.113.7");
    expect(after.isBanned).toBe(false);
    const record = await getMemberRecordFor(moderator, member.id);
    expect(record!.ban).toMatchObject({ reason: "Cooling off.", isInForce: false });

    await banUserFor(moderator, { userId: member.id, reason: "Again.", durationDays: 3 });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ status: "BANNED", banReason: "Again." });
  });

  it("a ban in force cannot be banned over (changed by someone else)", async () => {
    const [first, second] = [await editor(), await editor()];
    const member = await createUser({ password: null });
    await banUserFor(first, { userId: member.id, reason: "One." });
    const error = await rejection(banUserFor(second, { userId: member.id, reason: "Two." }));
    expect(error.code).toBe("CONFLICT");
  });

  it("editors ban members, not staff; admins may ban staff; members may ban nobody", async () => {
    const moderator = await editor();
    const author = await createUser({ role: "AUTHOR", password: null });
    expect((await rejection(banUserFor(moderator, { userId: author.id, reason: "No." }))).code).toBe("FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).status).toBe("ACTIVE");
    await banUserFor(await admin(), { userId: author.id, reason: "Admins may." });
    expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).status).toBe("BANNED");
    const member = actor(await createUser({ password: null }));
    const target = await createUser({ password: null });
    expect((await rejection(banUserFor(member, { userId: target.id, reason: "Mine." }))).code).toBe("FORBIDDEN");
  });

  it("names the field for a bad duration", async () => {
    const moderator = await editor();
    const member = await createUser({ password: null });
    const error = await rejection(banUserFor(moderator, { userId: member.id, reason: "X.", durationDays: "forever" }));
    expect(error.fieldErrors.durationDays).toMatch(/how long the ban lasts/);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("ACTIVE");
  });
});

describe("shadow bans", () => {
  it("hides past comments as 'shadow-ban'; lifting it brings back exactly those", async () => {
    const moderator = await editor();
    const member = await createUser({ password: null });
    const article = await createArticle();
    const kept = await createComment({ articleId: article.id, authorId: member.id });
    const handHidden = await createComment({ articleId: article.id, authorId: member.id });
    await hideCommentFor(moderator, { commentId: handHidden.id, seenStatus: "PUBLISHED" });

    const result = await shadowBanUserFor(moderator, { userId: member.id, hidePastComments: true });
    expect(result.hiddenComments).toBe(1);
    const user = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(user.shadowBannedAt).toBeInstanceOf(Date);
    // Unlike a ban, their sessions go on.
    expect(user.tokenVersion).toBe(member.tokenVersion);
    expect(await commentState(kept.id)).toMatchObject({ status: "HIDDEN", heldReason: "shadow-ban" });
    expect(await articleCount(article.id)).toBe(0);

    // A comment posted while shadow-banned, as the posting path stores it.
    const during = await createComment({ articleId: article.id, authorId: member.id, status: "HIDDEN" });
    await db.comment.update({ where: { id: during.id }, data: { heldReason: "shadow-ban" } });

    const lifted = await unshadowBanUserFor(moderator, { userId: member.id });
    expect(lifted.restoredComments).toBe(2);
    expect(await commentState(kept.id)).toMatchObject({ status: "PUBLISHED" });
    expect(await commentState(during.id)).toMatchObject({ status: "PUBLISHED" });
    expect(await commentState(handHidden.id)).toMatchObject({ status: "HIDDEN", heldReason: "moderator" });
    expect(await articleCount(article.id)).toBe(2);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).shadowBannedAt).toBeNull();
    expect((await auditEventsAbout("User", member.id)).map((event) => event.action)).toEqual(["user.shadow_banned", "user.shadow_ban_lifted"]);
  });

  it("refuses a second shadow ban and a lift of none", async () => {
    const moderator = await editor();
    const member = await createUser({ password: null });
    await shadowBanUserFor(moderator, { userId: member.id });
    expect((await rejection(shadowBanUserFor(moderator, { userId: member.id }))).code).toBe("CONFLICT");
    await unshadowBanUserFor(moderator, { userId: member.id });
    expect((await rejection(unshadowBanUserFor(moderator, { userId: member.id }))).code).toBe("CONFLICT");
  });
});

describe("moderator notes", () => {
  it("are added, listed newest first with their writer, audited without their text, and a double submit makes one", async () => {
    const moderator = await editor();
    const member = await createUser({ password: null });
    await addModeratorNoteFor(moderator, { memberId: member.id, body: "  First warning about links.  " });
    const again = await addModeratorNoteFor(moderator, { memberId: member.id, body: "Second: asked to stay on topic." });
    const repeat = await addModeratorNoteFor(moderator, { memberId: member.id, body: "Second: asked to stay on topic." });
    expect(repeat.noteId).toBe(again.noteId);
    const notes = await listModeratorNotesFor(moderator, member.id);
    expect(notes.map((note) => note.body)).toEqual(["Second: asked to stay on topic.", "First warning about links."]);
    expect(notes[0]!.writerName).toBe(moderator.name);
    const events = await auditEventsAbout("User", member.id);
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events.map((event) => event.detail))).not.toContain("links");
  });

  it("are for staff only, and need text", async () => {
    const member = actor(await createUser({ password: null }));
    const target = await createUser({ password: null });
    expect((await rejection(addModeratorNoteFor(member, { memberId: target.id, body: "Hi" }))).code).toBe("FORBIDDEN");
    expect((await rejection(listModeratorNotesFor(member, target.id))).code).toBe("FORBIDDEN");
    const error = await rejection(addModeratorNoteFor(await editor(), { memberId: target.id, body: "   " }));
    expect(error.fieldErrors.body).toBe("Write the note.");
  });
});
