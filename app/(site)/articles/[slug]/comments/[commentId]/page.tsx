import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentConversation } from "@/components/comments/comment-conversation";
import { getPublishedArticleBySlug } from "@/lib/articles/get-published-article-by-slug";
import { getReaderViewer } from "@/lib/auth/reader-viewer";
import { ZCommentId } from "@/lib/comments/comment-schemas";
import { findThreadRootId } from "@/lib/comments/list-comment-subthread";
import * as commentActions from "../../comment-actions";

type TCommentPageProps = { params: Promise<{ slug: string; commentId: string }> };

export async function generateMetadata({ params }: TCommentPageProps): Promise<Metadata> {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) return { title: "Page not found" };
  return { title: `Comment on “${article.title}”`, robots: { index: false, follow: true } };
}

/** One comment's conversation, with the form to reply to it. */
export default async function CommentPage({ params }: TCommentPageProps) {
  const { slug, commentId: rawCommentId } = await params;
  const article = await getPublishedArticleBySlug(slug);
  const commentId = ZCommentId.safeParse(rawCommentId);
  if (!article || !commentId.success) notFound();
  const viewer = await getReaderViewer();
  const rootId = await findThreadRootId(article.id, commentId.data, viewer?.id ?? null);
  if (!rootId) notFound();
  const articlePath = `/articles/${encodeURIComponent(article.slug)}`;
  return (
    <div className="page page--article">
      <p className="comments-page__back">
        <Link href={`${articlePath}#comments`}>← All comments on “{article.title}”</Link>
      </p>
      <h1 className="page-title">A conversation on “{article.title}”</h1>
      <CommentConversation article={article} rootId={rootId} commentId={commentId.data} viewer={viewer} actions={commentActions} />
    </div>
  );
}
