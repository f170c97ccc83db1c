// Reply emails: enqueued with the reply in one transaction, to the person answered, with a
// signed one-click unsubscribe (a page with a button, and RFC 8058 headers the SMTP sender passes).
import { createServer } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as oneClickUnsubscribe } from "@/app/(site)/unsubscribe/one-click/route";
import { postCommentFor } from "@/lib/comments/post-comment";
import { setReplyEmailsFor, unsubscribeFromReplyEmails } from "@/lib/comments/reply-email-preference";
import { createReplyUnsubscribeToken } from "@/lib/comments/reply-unsubscribe-token";
import { db } from "@/lib/db/client";
import { deliverPendingEmails } from "@/lib/mail/deliver-pending-emails";
import { approveCommentFor } from "@/lib/moderation/approve-comment";
import { undoModerationFor } from "@/lib/moderation/undo-moderation";
import { createArticle, createComment, createEstablishedMember, createUser } from "../factories";
import { actor, address, clientToken } from "./comment-test-helpers";

async function replyEmailsTo(email: string) {
  return db.outboxEmail.findMany({ where: { toAddress: email, kind: "comment-reply" }, orderBy: { createdAt: "asc" } });
}

describe("reply notifications", () => {
  it("emails the person answered, with the reply, a link to it and one-click unsubscribe headers", async () => {
    const article = await createArticle({ title: "Harbour plan" });
    const original = await createEstablishedMember({ name: "Mara Voss" });
    const top = await createComment({ articleId: article.id, authorId: original.id });
    const replier = await createEstablishedMember({ name: "Dana Quill" });
    const reply = await postCommentFor(actor(replier), { articleId: article.id, parentId: top.id, body: "I disagree.\nHere is why.", clientToken: clientToken() }, { address: address() });
    const [email, ...others] = await replyEmailsTo(original.email);
    expect(others).toEqual([]);
    expect(email?.subject).toBe("Dana Quill replied to your comment on “Harbour plan”");
    expect(email?.textBody).toContain("> I disagree.\n> Here is why.");
    expect(email?.textBody).toContain(`/articles/${article.slug}/comments/${reply.id}#comment-${reply.id}`);
    const headers = email?.headers as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["List-Unsubscribe"]).toMatch(/^<https?:\/\/.+\/unsubscribe\/one-click\?token=.+>$/);
    expect(email?.textBody).toContain("/unsubscribe?token=");
  });

  it("sends nothing for a reply to oneself, to someone who turned them off, or for a held reply", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const own = await createComment({ articleId: article.id, authorId: member.id });
    await postCommentFor(actor(member), { articleId: article.id, parentId: own.id, body: "Adding to myself.", clientToken: clientToken() }, { address: address() });

    const quiet = await createEstablishedMember();
    await setReplyEmailsFor(actor(quiet), { replyEmails: undefined });
    const quietComment = await createComment({ articleId: article.id, authorId: quiet.id });
    await postCommentFor(actor(await createEstablishedMember()), { articleId: article.id, parentId: quietComment.id, body: "Hello.", clientToken: clientToken() }, { address: address() });

    const answered = await createEstablishedMember();
    const answeredComment = await createComment({ articleId: article.id, authorId: answered.id });
    const newcomer = await createUser();
    const held = await postCommentFor(actor(newcomer), { articleId: article.id, parentId: answeredComment.id, body: "First!", clientToken: clientToken() }, { address: address() });
    expect(held.outcome).toBe("held");

    for (const person of [member, quiet, answered]) expect(await replyEmailsTo(person.email)).toEqual([]);
  });
});

describe("a held reply approved, undone and approved again", () => {
  it("emails the person answered once, not twice", async () => {
    const article = await createArticle();
    const answered = await createEstablishedMember();
    const top = await createComment({ articleId: article.id, authorId: answered.id });
    const held = await postCommentFor(actor(await createUser()), { articleId: article.id, parentId: top.id, body: "First!", clientToken: clientToken() }, { address: address() });
    expect(held.outcome).toBe("held");
    const moderator = actor(await createUser({ role: "EDITOR" }));
    const approved = await approveCommentFor(moderator, { commentId: held.id, seenStatus: "PENDING" });
    expect(await replyEmailsTo(answered.email)).toHaveLength(1);
    await undoModerationFor(moderator, approved.undo);
    await approveCommentFor(moderator, { commentId: held.id, seenStatus: "PENDING" });
    expect((await db.comment.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("PUBLISHED");
    expect(await replyEmailsTo(answered.email)).toHaveLength(1);
  });
});

describe("unsubscribing", () => {
  it("the signed link switches reply emails off; a tampered one changes nothing", async () => {
    const member = await createUser();
    const token = createReplyUnsubscribeToken(member.id);
    expect(await unsubscribeFromReplyEmails(`${token.slice(0, -2)}xx`)).toBe(false);
    expect(await unsubscribeFromReplyEmails(createReplyUnsubscribeToken((await createUser()).id).replace(/^[^.]+/, member.id))).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).replyEmails).toBe(true);
    expect(await unsubscribeFromReplyEmails(token)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).replyEmails).toBe(false);
    await setReplyEmailsFor(actor(member), { replyEmails: "on" });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).replyEmails).toBe(true);
  });

  it("answers an RFC 8058 one-click POST", async () => {
    const member = await createUser();
    const url = `http://127.0.0.1/unsubscribe/one-click?token=${encodeURIComponent(createReplyUnsubscribeToken(member.id))}`;
    const request = new NextRequest(url, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await oneClickUnsubscribe(request)).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).replyEmails).toBe(false);
    const forged = new NextRequest("http://127.0.0.1/unsubscribe/one-click?token=nope", { method: "POST", body: "List-Unsubscribe=One-Click" });
    expect((await oneClickUnsubscribe(forged)).status).toBe(400);
  });
});

describe("the SMTP sender", () => {
  // A minimal SMTP server that keeps each message's DATA.
  const received: string[] = [];
  const server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          received.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write("250 queued\r\n");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline === -1) return;
        const verb = buffer.slice(0, 4).toUpperCase();
        buffer = buffer.slice(newline + 2);
        inData = verb === "DATA";
        socket.write(verb === "DATA" ? "354 go ahead\r\n" : verb === "QUIT" ? "221 bye\r\n" : "250 ok\r\n");
      }
    });
    socket.on("error", () => {});
  });
  let port = 0;
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => {
    const bound = server.address();
    port = typeof bound === "object" && bound ? bound.port : 0;
    resolve();
  })));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes the outbox row's List-Unsubscribe headers on", async () => {
    const article = await createArticle();
    const original = await createEstablishedMember();
    const top = await createComment({ articleId: article.id, authorId: original.id });
    await postCommentFor(actor(await createEstablishedMember()), { articleId: article.id, parentId: top.id, body: "Reply.", clientToken: clientToken() }, { address: address() });
    const [email] = await replyEmailsTo(original.email);
    if (!email) throw new Error("no reply email");
    expect(await deliverPendingEmails({ smtpUrl: `smtp://127.0.0.1:${port}`, ids: [email.id] })).toEqual({ sent: 1, failed: 0 });
    // Long headers are folded onto continuation lines; unfold them to read.
    const message = (received.find((data) => data.includes(original.email)) ?? "").replace(/\r?\n[ \t]+/g, " ");
    expect(message).toMatch(/^List-Unsubscribe: <https?:\/\/\S+\/unsubscribe\/one-click\?token=/m);
    expect(message).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  });
});
