import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CommentPolicy } from "@/lib/generated/prisma/enums";

export type TCommentableArticle = {
  id: string;
  slug: string;
  title: string;
  commentPolicy: CommentPolicy;
  commentsCloseAt: Date | null;
};

/** The article readers can see, for a comment write; a draft or unknown id is "not found". */
export async function loadCommentableArticleOrThrow(articleId: string, now: Date): Promise<TCommentableArticle> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, slug: true, title: true, status: true, publishedAt: true, commentPolicy: true, commentsCloseAt: true },
  });
  return commentableOrThrow(article, now);
}

/** The article as read for a comment write, if readers can see it; else "not found". */
export function commentableOrThrow(
  article: (TCommentableArticle & { status: string; publishedAt: Date | null }) | null,
  now: Date,
): TCommentableArticle {
  if (!article || article.status !== "PUBLISHED" || article.publishedAt === null || article.publishedAt > now) {
    throw new AppError("NOT_FOUND", "This story could not be found. It may have been taken down.");
  }
  const { status: _status, publishedAt: _publishedAt, ...commentable } = article;
  return commentable;
}
