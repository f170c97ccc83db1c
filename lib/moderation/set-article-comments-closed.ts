import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { commentCacheTags } from "@/lib/comments/article-comment-count";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { parseInputOrThrow } from "@/lib/members/parse-input";

export const ZSetArticleCommentsClosedInput = z.object({
  articleId: z.string({ message: "Which article?" }).regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "Which article?" }),
  closed: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
  /** Article.commentsCloseAt as the page showed it (ISO 8601, or "" for none): the change applies only if it still holds. */
  seenCloseAt: z.union([z.literal(""), z.iso.datetime({ message: "Reload the page and try again." })]),
});
export type TSetArticleCommentsClosedInput = z.input<typeof ZSetArticleCommentsClosedInput>;

export type TSetArticleCommentsClosedResult = { message: string; commentsCloseAt: string | null };

/** Closes comments on an article now, or reopens them (which also drops a scheduled auto-close). */
export async function setArticleCommentsClosed(input: TSetArticleCommentsClosedInput): Promise<TSetArticleCommentsClosedResult> {
  return setArticleCommentsClosedFor(await requirePermission("comment:moderate"), input);
}

/**
 * Close sets Article.commentsCloseAt to now; reopen sets it to null. Existing comments stay
 * readable either way. The article's version is left alone: this is not an edit of its text, and
 * bumping it would make an editor's open draft conflict for no reason. The comment policy still
 * applies (an article whose policy is CLOSED stays closed after a reopen).
 */
export async function setArticleCommentsClosedFor(
  actor: TCurrentUser,
  rawInput: TSetArticleCommentsClosedInput,
): Promise<TSetArticleCommentsClosedResult> {
  assertPermission(actor, "comment:moderate");
  const { articleId, closed, seenCloseAt } = parseInputOrThrow(ZSetArticleCommentsClosedInput, rawInput);
  const commentsCloseAt = closed ? new Date() : null;
  const article = await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, commentsCloseAt: seenCloseAt === "" ? null : new Date(seenCloseAt) },
      data: { commentsCloseAt },
    });
    const row = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, slug: true, commentPolicy: true } });
    if (!row) throw new AppError("NOT_FOUND", "That article no longer exists.");
    if (count === 0) {
      throw new AppError("CONFLICT", "Someone else opened or closed comments on this article since you loaded the page. Reload to see the change.");
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: closed ? "article.comments_closed" : "article.comments_reopened",
      targetType: "Article",
      targetId: articleId,
      detail: { from: seenCloseAt || null, to: commentsCloseAt?.toISOString() ?? null },
    });
    return row;
  });
  expireReaderCaches(commentCacheTags(article));
  const stillClosedByPolicy = !closed && article.commentPolicy === "CLOSED";
  return {
    message: closed
      ? "Comments closed. Existing comments stay readable."
      : stillClosedByPolicy
        ? "Reopened, but the article's comment policy is still “closed”: change it in the editor to let members comment."
        : "Comments reopened.",
    commentsCloseAt: commentsCloseAt?.toISOString() ?? null,
  };
}
