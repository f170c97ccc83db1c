import "server-only";
import { db } from "@/lib/db/client";

export type TReportableComment = { id: string; authorId: string; authorName: string; body: string; articleId: string; articleSlug: string; articleTitle: string };

/** A published comment, for the report page to quote; null for anything readers cannot see. */
export async function getReportableComment(commentId: string): Promise<TReportableComment | null> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      body: true,
      status: true,
      authorId: true,
      author: { select: { name: true } },
      article: { select: { id: true, slug: true, title: true } },
    },
  });
  if (!comment || comment.status !== "PUBLISHED") return null;
  return {
    id: comment.id,
    authorId: comment.authorId,
    authorName: comment.author.name,
    body: comment.body,
    articleId: comment.article.id,
    articleSlug: comment.article.slug,
    articleTitle: comment.article.title,
  };
}
