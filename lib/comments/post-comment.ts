import "server-only";
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { requestAddress } from "@/lib/auth/request-address";
import { db } from "@/lib/db/client";
import { sqlRows } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import type { CommentStatus } from "@/lib/generated/prisma/client";
import { deliverSoon } from "@/lib/mail/deliver-soon";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { assertWithinRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { tooManyAttemptsError } from "@/lib/rate-limit/too-many-attempts";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { readSiteSettings, type TSiteSettings } from "@/lib/settings/site-settings";
import { commentAddressHash } from "./address-hash";
import { commentCacheTags } from "./article-comment-count";
import { commentGate } from "./comment-gate";
import { assertCommentLength } from "./comment-length";
import { COMMENTS_PER_ADDRESS, COMMENTS_PER_USER } from "@/lib/rate-limit/rules";
import { MAX_COMMENT_DEPTH } from "./comment-thread";
import { ZArticleId, ZClientToken, ZCommentBody, ZOptionalParentId } from "./comment-schemas";
import { countLinks } from "./find-links";
import { commentableOrThrow, type TCommentableArticle } from "./load-commentable-article";
import { readPostingFacts, storeComment, type TPostingFacts } from "./comment-statements";
import { countNewComments } from "./count-new-comments";
import { evaluateNewComment } from "./moderation/evaluate-comment";
import { SHADOW_BAN_REASON } from "./moderation/moderation-types";
import { enqueueReplyNotification } from "./reply-notification";
import { emitCommentWebhook } from "@/lib/webhooks/emit-webhook-event";

export const ZPostCommentInput = z.object({
  articleId: ZArticleId,
  parentId: ZOptionalParentId,
  body: ZCommentBody,
  clientToken: ZClientToken,
  /** The honeypot: a field people never see. */
  website: z.string().max(2000).optional().default(""),
});
export type TPostCommentInput = z.input<typeof ZPostCommentInput>;

export type TPostedComment = {
  id: string;
  /** What the author is told: a shadow-banned member's comment reads as "published" to them. */
  outcome: "published" | "held";
  /** True when this call found the comment an earlier call with the same clientToken made. */
  isReplay: boolean;
};

export type TPostContext = { address: string; now?: Date };

/** Posts a comment or reply as the signed-in member, from their client address. */
export async function postComment(input: TPostCommentInput): Promise<TPostedComment> {
  const actor = await requirePermission("comment:create");
  return postCommentFor(actor, input, { address: await requestAddress() });
}

/**
 * The posting path: who may comment here, exactly-once by clientToken, the length limit, rate
 * limits, the moderation rules (publish, hold, shadow or reject), then the comment with the reply
 * email and webhook outbox rows, atomically. After commit, the article's count takes it in
 * (./count-new-comments.ts) and reader caches expire. Two statements in the usual case
 * (lib/comments/comment-statements.ts), and a step shared with the posts beside it.
 */
export async function postCommentFor(actor: TCurrentUser, rawInput: TPostCommentInput, context: TPostContext): Promise<TPostedComment> {
  assertPermission(actor, "comment:create");
  const input = parseInputOrThrow(ZPostCommentInput, rawInput);
  const now = context.now ?? new Date();
  const addressHash = commentAddressHash(context.address);
  const facts = await readFactsWithSettings({ authorId: actor.id, clientToken: input.clientToken, articleId: input.articleId, parentId: input.parentId, addressHash, now });

  // Weighed in the order that matters. A double click, a retry or a resubmitted form carries the
  // token of a comment already made.
  if (facts.replay) return replayOf(facts.replay);
  const commentable = commentableOrThrow(facts.article, now);
  assertMayComment(commentable, actor, now);
  const placement = input.parentId ? placeReply(facts.parent, input.articleId, actor.id) : null;
  const rules = facts.settings;
  assertCommentLength(input.body, rules.commentMaxLength);
  if (!facts.author) throw new Error(`posting comment: no user ${actor.id}`);

  const limits = [
    { key: rateLimitKey("comment:user", actor.id), rule: COMMENTS_PER_USER },
    ...(addressHash ? [{ key: rateLimitKey("comment:address", addressHash), rule: COMMENTS_PER_ADDRESS }] : []),
  ];
  const decision = evaluateNewComment(rules, {
    body: input.body,
    honeypot: input.website,
    linkCount: countLinks(input.body),
    authorPublishedCount: facts.authorPublishedCount,
    accountAgeHours: (now.getTime() - facts.author.createdAt.getTime()) / 3_600_000,
    recentByAuthor: facts.recentByAuthor,
    recentByAddress: facts.recentByAddress,
    isShadowBanned: facts.author.shadowBannedAt !== null,
    isTrusted: roleCan(actor.role, "comment:moderate"),
    isAuthorVerified: actor.emailVerified,
  });
  if (decision.kind === "reject") {
    // A refused comment still counts against the limits (and a member over them hears that first).
    await Promise.all(limits.map((limit) => assertWithinRateLimit(limit.key, limit.rule)));
    throw new AppError("BAD_INPUT", decision.message, { fieldErrors: { body: decision.message } });
  }
  const status: CommentStatus = decision.kind === "publish" ? "PUBLISHED" : decision.kind === "hold" ? "PENDING" : "HIDDEN";
  const heldReason = decision.kind === "hold" ? decision.reason : decision.kind === "shadow" ? SHADOW_BAN_REASON : null;
  const comment = {
    articleId: commentable.id,
    authorId: actor.id,
    parentId: placement?.attachTo ?? null,
    depth: placement?.depth ?? 0,
    body: input.body,
    status,
    heldReason,
    addressHash,
    clientToken: input.clientToken,
    createdAt: now,
  };

  // The reply email and the webhook outbox rows commit with the comment; without either (most
  // posts), the one statement is its own transaction.
  const emailsReply = status === "PUBLISHED" && placement !== null;
  const { outcome, emailId } =
    emailsReply || facts.hasCommentWebhooks
      ? await db.$transaction(async (tx) => {
          const stored = await storeComment((statement) => tx.$queryRaw(statement), comment, limits);
          if (stored.kind !== "stored") return { outcome: stored, emailId: null };
          await emitCommentWebhook(tx, stored.id, null, status);
          const reply = emailsReply ? { id: stored.id, authorId: actor.id, body: input.body, repliedToId: placement.repliedToId } : null;
          return { outcome: stored, emailId: reply ? await enqueueReplyNotification(tx, reply) : null };
        })
      : { outcome: await storeComment(sqlRows, comment, limits), emailId: null };
  if (outcome.kind === "limited") throw tooManyAttemptsError(outcome.retryAfterSeconds, outcome.key);
  if (outcome.kind === "token-taken") {
    // Two requests with one token raced past the lookup: the loser finds the winner's comment.
    const winner = await findByClientToken(actor.id, input.clientToken);
    if (winner) return winner;
    throw new Error(`posting comment: clientToken taken but no comment found for ${actor.id}`);
  }
  // The form shows the new comment by reloading the thread itself (components/comments/
  // comment-form.tsx), so the post's answer need not carry a whole page.
  if (status === "PUBLISHED") {
    await countNewComments(commentable.id);
    await expireReaderCaches(commentCacheTags(commentable), { rerenderCaller: false });
  }
  if (emailId) deliverSoon();
  return { id: outcome.id, outcome: status === "PENDING" ? "held" : "published", isReplay: false };
}

type TFactsQuery = Parameters<typeof readPostingFacts>[0];

/** The facts, with the settings row restored first in the rare database that lost it. */
async function readFactsWithSettings(query: TFactsQuery): Promise<TPostingFacts & { settings: TSiteSettings }> {
  const facts = await readPostingFacts(query);
  if (facts.settings) return { ...facts, settings: facts.settings };
  await readSiteSettings();
  return readFactsWithSettings(query);
}

function replayOf(found: { id: string; status: CommentStatus }): TPostedComment {
  return { id: found.id, outcome: found.status === "PENDING" ? "held" : "published", isReplay: true };
}

async function findByClientToken(authorId: string, clientToken: string): Promise<TPostedComment | null> {
  const found = await db.comment.findUnique({
    where: { authorId_clientToken: { authorId, clientToken } },
    select: { id: true, status: true },
  });
  return found ? replayOf(found) : null;
}

function assertMayComment(article: TCommentableArticle, actor: TCurrentUser, now: Date): void {
  const gate = commentGate(article, actor, now);
  // A state, not a permission: a thread can close while someone is typing, and they should get
  // the message in the form (409) rather than a 403 page that loses their text.
  if (gate === "closed") throw new AppError("CONFLICT", "Comments are closed for this story.", { fieldErrors: { body: "Comments are closed for this story." } });
  if (gate === "vip-only") throw new AppError("FORBIDDEN", "Comments on this story are open to VIP members only.");
}

type TParentPlacement = {
  /** The comment the reply is stored under. */
  attachTo: string;
  depth: number;
  /** The comment the member answered (its author gets the email). */
  repliedToId: string;
};

/**
 * Replies nest three levels (depth 0, 1, 2). A reply to a depth-2 comment is accepted and stored
 * beside it, under the same depth-1 comment, rather than refused: the conversation can go on
 * without the column getting narrower, and the person answered is still the one emailed.
 */
function placeReply(parent: TPostingFacts["parent"], articleId: string, actorId: string): TParentPlacement {
  // A member sees their own shadow-banned comments as published, so they may answer them.
  const isVisibleToActor =
    parent?.status === "PUBLISHED" || (parent?.status === "HIDDEN" && parent.authorId === actorId && parent.heldReason === SHADOW_BAN_REASON);
  if (!parent || parent.articleId !== articleId || !isVisibleToActor) {
    throw new AppError("NOT_FOUND", "The comment you are replying to is no longer available.", {
      fieldErrors: { body: "The comment you are replying to is no longer available." },
    });
  }
  if (parent.depth >= MAX_COMMENT_DEPTH && parent.parentId) {
    return { attachTo: parent.parentId, depth: MAX_COMMENT_DEPTH, repliedToId: parent.id };
  }
  return { attachTo: parent.id, depth: parent.depth + 1, repliedToId: parent.id };
}
