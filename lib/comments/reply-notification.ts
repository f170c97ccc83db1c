import "server-only";
import { serverEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueEmail, type TOutgoingEmail } from "@/lib/mail/enqueue-email";
import { siteLink } from "@/lib/mail/site-link";
import { commentPermalink } from "./comment-paths";
import { createReplyUnsubscribeToken } from "./reply-unsubscribe-token";

const EXCERPT_LENGTH = 300;

type TReplyEmailFacts = {
  recipient: { id: string; email: string; name: string };
  replierName: string;
  articleTitle: string;
  /** Where the reply is read: its thread page, anchored at the reply. */
  replyPath: string;
  replyBody: string;
};

function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}

function excerpt(body: string): string {
  const text = body.length > EXCERPT_LENGTH ? `${body.slice(0, EXCERPT_LENGTH).trimEnd()}…` : body;
  // Quoted, line by line, so the reply cannot pass itself off as our own text.
  return text
    .split("\n")
    .map((line) => `> ${line.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]+/g, " ")}`)
    .join("\n");
}

/** The paths of the unsubscribe page (GET: a confirm button) and of its RFC 8058 one-click POST. */
export function replyUnsubscribeLinks(userId: string): { page: string; oneClick: string } {
  const token = createReplyUnsubscribeToken(userId);
  return { page: siteLink("/unsubscribe", { token }), oneClick: siteLink("/unsubscribe/one-click", { token }) };
}

export function replyNotificationEmail(facts: TReplyEmailFacts): TOutgoingEmail {
  const site = serverEnv().SITE_NAME;
  const links = replyUnsubscribeLinks(facts.recipient.id);
  const replier = oneLine(facts.replierName) || "Someone";
  return {
    to: facts.recipient.email,
    kind: "comment-reply",
    subject: `${replier} replied to your comment on “${oneLine(facts.articleTitle)}”`,
    text: [
      `Hello ${oneLine(facts.recipient.name)},`,
      "",
      `${replier} replied to your comment on “${oneLine(facts.articleTitle)}”:`,
      "",
      excerpt(facts.replyBody),
      "",
      `Read the conversation and reply: ${siteLink(facts.replyPath)}`,
      "",
      `You get these emails because you commented on ${site}. To stop emails about replies, open this link: ${links.page}`,
      "",
      `-- \n${site}\n${siteLink("/")}`,
    ].join("\n"),
    // RFC 8058: mail clients offer "Unsubscribe" and POST to the one-click address themselves.
    headers: {
      "List-Unsubscribe": `<${links.oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

/**
 * Emails the author of the comment that was answered (`repliedToId`), in the transaction that
 * publishes the reply, unless they replied to themselves, switched reply emails off, deleted
 * their account, are banned or never verified their address. Returns the outbox id, or null.
 * Exported for the moderation queue: a held reply notifies when a moderator approves it.
 */
export async function enqueueReplyNotification(
  tx: Prisma.TransactionClient,
  reply: { id: string; authorId: string; body: string; repliedToId: string },
): Promise<string | null> {
  const repliedTo = await tx.comment.findUnique({
    where: { id: reply.repliedToId },
    select: {
      author: { select: { id: true, email: true, name: true, replyEmails: true, deletedAt: true, status: true, emailVerified: true } },
      article: { select: { slug: true, title: true } },
    },
  });
  const recipient = repliedTo?.author;
  if (!repliedTo || !recipient || recipient.id === reply.authorId) return null;
  if (!recipient.replyEmails || recipient.deletedAt || recipient.status === "BANNED" || !recipient.emailVerified) return null;
  const replier = await tx.user.findUniqueOrThrow({ where: { id: reply.authorId }, select: { name: true } });
  return enqueueEmail(tx, {
    ...replyNotificationEmail({
      recipient,
      replierName: replier.name,
      articleTitle: repliedTo.article.title,
      replyPath: `${commentPermalink(repliedTo.article.slug, reply.id)}#comment-${reply.id}`,
      replyBody: reply.body,
    }),
    // One email per reply, however often a moderator approves, undoes and approves it again.
    dedupeKey: `comment-reply:${reply.id}`,
  });
}
