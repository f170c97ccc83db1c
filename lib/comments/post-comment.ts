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
import { commentCacheTags, recountArticleComments } from "./article-comment-count";
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

  // A double click, a retry or a resubmitted form carries the token of a comment already made.
  const earlier = await findByClientToken(actor.id, input.clientToken);
  if (earlier) return earlier;

  const article = await loadCommentableArticleOrThrow(input.articleId, now);
  assertMayComment(article, actor, now);
  const parent = input.parentId ? await resolveParent(input.parentId, article.id, actor.id) : null;
  const settings = await readSiteSettings();
  assertCommentLength(input.body, settings.commentMaxLength);

  const addressHash = commentAddressHash(context.address);
  await assertWithinRateLimit(rateLimitKey("comment:user", actor.id), COMMENTS_PER_USER);
  if (addressHash) await assertWithinRateLimit(rateLimitKey("comment:address", addressHash), COMMENTS_PER_ADDRESS);

  const facts = await gatherFacts(actor, input.body, input.website, addressHash, settings, now);
  const decision = evaluateNewComment(settings, facts);
  if (decision.kind === "reject") {
    throw new AppError("BAD_INPUT", decision.message, { fieldErrors: { body: decision.message } });
  }
  const status: CommentStatus = decision.kind === "publish" ? "PUBLISHED" : decision.kind === "hold" ? "PENDING" : "HIDDEN";
  const heldReason = decision.kind === "hold" ? decision.reason : decision.kind === "shadow" ? SHADOW_BAN_REASON : null;

  try {
    const { id, emailId } = await db.$transaction(async (tx) => {
      const created = await tx.comment.create({
        data: {
          articleId: article.id,
          authorId: actor.id,
          parentId: parent?.attachTo ?? null,
          depth: parent?.depth ?? 0,
          body: input.body,
          status,
          heldReason,
          addressHash,
          clientToken: input.clientToken,
          createdAt: now,
        },
        select: { id: true },
      });
      if (status !== "PUBLISHED") return { id: created.id, emailId: null };
      await recountArticleComments(tx, article.id);
      const reply = parent ? { id: created.id, authorId: actor.id, body: input.body, repliedToId: parent.repliedToId } : null;
      return { id: created.id, emailId: reply ? await enqueueReplyNotification(tx, reply) : null };
    });
    if (status === "PUBLISHED") expireReaderCaches(commentCacheTags(article));
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

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
