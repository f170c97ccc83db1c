import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { ArticleStatus, CommentPolicy } from "@/lib/generated/prisma/enums";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { encodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { loadModerationContext, moderationCommentSelect } from "./load-moderation-context";
import type { TModerationPage } from "./moderation-item";

export const ARTICLE_COMMENTS_PAGE_SIZE = 30;

export const ZListArticleCommentsForModerationInput = z.object({
  articleId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  cursor: z.object({ at: z.iso.datetime(), id: z.string().min(1).max(64) }).nullable().default(null),
});
export type TListArticleCommentsForModerationInput = z.input<typeof ZListArticleCommentsForModerationInput>;

export type TArticleForModeration = {
  id: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  commentPolicy: CommentPolicy;
  /** ISO 8601 or null. */
  commentsCloseAt: string | null;
  commentCount: number;
  /** commentsCloseAt has passed (the policy may close them too). */
  isClosedByTime: boolean;
};

export type TArticleCommentsForModeration = TModerationPage & { article: TArticleForModeration };

/**
 * Every comment on one article whatever its status, newest first: where moderators hide,
 * restore or feature comments outside the queue, and close or reopen the conversation.
 * Null when there is no such article.
 */
export async function listArticleCommentsForModeration(input: TListArticleCommentsForModerationInput): Promise<TArticleCommentsForModeration | null> {
  return listArticleCommentsForModerationFor(await requirePermission("comment:moderate"), input);
}

export async function listArticleCommentsForModerationFor(
  actor: TCurrentUser,
  rawInput: TListArticleCommentsForModerationInput,
): Promise<TArticleCommentsForModeration | null> {
  assertPermission(actor, "comment:moderate");
  const { articleId, cursor } = parseInputOrThrow(ZListArticleCommentsForModerationInput, rawInput);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, slug: true, status: true, commentPolicy: true, commentsCloseAt: true, commentCount: true },
  });
  if (!article) return null;
  const cursorAt = cursor ? new Date(cursor.at) : null;
  const rows = await db.comment.findMany({
    where: {
      articleId,
      ...(cursor && cursorAt ? { OR: [{ createdAt: { lt: cursorAt } }, { createdAt: cursorAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ARTICLE_COMMENTS_PAGE_SIZE + 1,
    select: moderationCommentSelect,
  });
  const shown = rows.slice(0, ARTICLE_COMMENTS_PAGE_SIZE);
  const last = shown.at(-1);
  const context = await loadModerationContext(shown);
  return {
    ...context,
    article: {
      ...article,
      commentsCloseAt: article.commentsCloseAt?.toISOString() ?? null,
      isClosedByTime: article.commentsCloseAt !== null && article.commentsCloseAt.getTime() <= Date.now(),
    },
    nextCursor: rows.length > ARTICLE_COMMENTS_PAGE_SIZE && last ? encodeKeysetCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
  };
}
