import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleComments } from "@/components/comments/article-comments";
import { getPublishedArticleBySlug } from "@/lib/articles/get-published-article-by-slug";
import { getReaderViewer } from "@/lib/auth/reader-viewer";
import { COMMENT_SORTS, DEFAULT_COMMENT_SORT, type TCommentSort } from "@/lib/comments/comment-thread";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import * as commentActions from "../comment-actions";

type TCommentsPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function sortFrom(value: string | undefined): TCommentSort {
  return COMMENT_SORTS.find((sort) => sort === value) ?? DEFAULT_COMMENT_SORT;
}

export async function generateMetadata({ params }: TCommentsPageProps): Promise<Metadata> {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) return { title: "Page not found" };
  // The story's own address is the one to index; these are other views of its conversation.
  return { title: `Comments: ${article.title}`, robots: { index: false, follow: true } };
}

/** The conversation in another order (?sort=newest|liked) or a later page (?after=cursor). */
export default async function ArticleCommentsPage({ params, searchParams }: TCommentsPageProps) {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) notFound();
  const query = await searchParams;
  const viewer = await getReaderViewer();
  const articlePath = `/articles/${encodeURIComponent(article.slug)}`;
  return (
    <div className="page page--article">
      <p className="comments-page__back">
        <Link href={articlePath}>← {article.title}</Link>
      </p>
      <h1 className="page-title">Comments on “{article.title}”</h1>
      <ArticleComments
        article={article}
        viewer={viewer}
        actions={commentActions}
        sort={sortFrom(singleSearchParam(query.sort))}
        after={singleSearchParam(query.after) ?? null}
      />
    </div>
  );
}
