import "server-only";
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { requestAddress } from "@/lib/auth/request-address";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma, type CommentStatus } from "@/lib/generated/prisma/client";
import { deliverSoon } from "@/lib/mail/deliver-soon";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { assertWithinRateLimit } from "@/lib/rate-limit/consume-rate-limit";
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
import { loadCommentableArticleOrThrow, type TCommentableArticle } from "./load-commentable-article";
import { evaluateNewComment } from "./moderation/evaluate-comment";
import { SHADOW_BAN_REASON, type TCommentFacts } from "./moderation/moderation-types";
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
 * limits, the moderation rules (publish, hold, shadow or reject), then one transaction for the
 * comment, the article's count and the reply email. Reader caches expire after commit.
 */
export async function postCommentFor(actor: TCurrentUser, rawInput: TPostCommentInput, context: TPostContext): Promise<TPostedComment> {
  assertPermission(actor, "comment:create");
  const input = parseInputOrThrow(ZPostCommentInput, rawInput);
  const now = context.now ?? new Date();

  // The independent reads of the posting path go out together (a post is a handful of round
  // trips, not a dozen in a row); their outcomes are then weighed in the order that matters.
  const addressHash = commentAddressHash(context.address);
  const outcomes = await Promise.allSettled([
    // A double click, a retry or a resubmitted form carries the token of a comment already made.
    findByClientToken(actor.id, input.clientToken),
    loadCommentableArticleOrThrow(input.articleId, now),
    readSiteSettings(),
    input.parentId ? resolveParent(input.parentId, input.articleId, actor.id) : Promise.resolve(null),
  ]);
  const [earlier, article, settings, parent] = [
    valueOrThrowLater(outcomes[0]),
    valueOrThrowLater(outcomes[1]),
    valueOrThrowLater(outcomes[2]),
    valueOrThrowLater(outcomes[3]),
  ];
  const replay = earlier();
  if (replay) return replay;
  const commentable = article();
  assertMayComment(commentable, actor, now);
  const placement = parent();
  const rules = settings();
  assertCommentLength(input.body, rules.commentMaxLength);

  const [facts] = await Promise.all([
    gatherFacts(actor, input.body, input.website, addressHash, rules, now),
    assertWithinRateLimit(rateLimitKey("comment:user", actor.id), COMMENTS_PER_USER),
    addressHash ? assertWithinRateLimit(rateLimitKey("comment:address", addressHash), COMMENTS_PER_ADDRESS) : null,
  ]);
  const decision = evaluateNewComment(rules, facts);
  if (decision.kind === "reject") {
    throw new AppError("BAD_INPUT", decision.message, { fieldErrors: { body: decision.message } });
  }
  const status: CommentStatus = decision.kind === "publish" ? "PUBLISHED" : decision.kind === "hold" ? "PENDING" : "HIDDEN";
  const heldReason = decision.kind === "hold" ? decision.reason : decision.kind === "shadow" ? SHADOW_BAN_REASON : null;

  try {
    const { id, emailId } = await db.$transaction(async (tx) => {
      const created = await tx.comment.create({
        data: {
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
        },
        select: { id: true },
      });
      await emitCommentWebhook(tx, created.id, null, status);
      if (status !== "PUBLISHED") return { id: created.id, emailId: null };
      // One more published comment: an increment in the same transaction is exact, and holds the
      // article row's lock for one statement rather than a count of the whole thread.
      await tx.article.update({ where: { id: commentable.id }, data: { commentCount: { increment: 1 } }, select: { id: true } });
      const reply = placement ? { id: created.id, authorId: actor.id, body: input.body, repliedToId: placement.repliedToId } : null;
      return { id: created.id, emailId: reply ? await enqueueReplyNotification(tx, reply) : null };
    });
    // The form shows the new comment by reloading the thread itself (components/comments/
    // comment-form.tsx), so the post's answer need not carry a whole page.
    if (status === "PUBLISHED") await expireReaderCaches(commentCacheTags(commentable), { rerenderCaller: false });
    if (emailId) deliverSoon();
    return { id, outcome: status === "PENDING" ? "held" : "published", isReplay: false };
  } catch (error) {
    // Two requests with one token raced past the lookup: the loser finds the winner's comment.
    if (isUniqueViolation(error)) {
      const winner = await findByClientToken(actor.id, input.clientToken);
      if (winner) return winner;
    }
    throw error;
  }
}

async function findByClientToken(authorId: string, clientToken: string): Promise<TPostedComment | null> {
  const found = await db.comment.findUnique({
    where: { authorId_clientToken: { authorId, clientToken } },
    select: { id: true, status: true },
  });
  return found ? { id: found.id, outcome: found.status === "PENDING" ? "held" : "published", isReplay: true } : null;
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
async function resolveParent(parentId: string, articleId: string, actorId: string): Promise<TParentPlacement> {
  const parent = await db.comment.findUnique({
    where: { id: parentId },
    select: { id: true, articleId: true, parentId: true, depth: true, status: true, authorId: true, heldReason: true },
  });
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

async function gatherFacts(
  actor: TCurrentUser,
  body: string,
  honeypot: string,
  addressHash: string | null,
  settings: TSiteSettings,
  now: Date,
): Promise<TCommentFacts> {
  const windowStart = new Date(now.getTime() - settings.floodWindowSeconds * 1000);
  // Counting stops just past each threshold: a prolific member costs the same as a new one.
  const [author, published, byAuthor, byAddress] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { createdAt: true, shadowBannedAt: true } }),
    db.comment.findMany({
      where: { authorId: actor.id, status: "PUBLISHED" },
      select: { id: true },
      take: Math.max(settings.holdFirstComments, 0),
    }),
    db.comment.findMany({
      where: { authorId: actor.id, createdAt: { gte: windowStart } },
      select: { id: true },
      take: settings.floodMaxComments + 1,
    }),
    addressHash
      ? db.comment.findMany({
          where: { addressHash, createdAt: { gte: windowStart } },
          select: { id: true },
          take: settings.floodMaxComments + 1,
        })
      : Promise.resolve(null),
  ]);
  return {
    body,
    honeypot,
    linkCount: countLinks(body),
    authorPublishedCount: published.length,
    accountAgeHours: (now.getTime() - author.createdAt.getTime()) / 3_600_000,
    recentByAuthor: byAuthor.length,
    recentByAddress: byAddress ? byAddress.length : null,
    isShadowBanned: author.shadowBannedAt !== null,
    isTrusted: roleCan(actor.role, "comment:moderate"),
    isAuthorVerified: actor.emailVerified,
  };
}

/** A settled outcome as a function that returns its value or throws its error when called. */
function valueOrThrowLater<T>(outcome: PromiseSettledResult<T>): () => T {
  return () => {
    if (outcome.status === "rejected") throw outcome.reason;
    return outcome.value;
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
