import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleUnavailable } from "@/components/article/article-unavailable";
import { FeaturedImage } from "@/components/article/featured-image";
import { TagLinks } from "@/components/article/tag-links";
import { Byline } from "@/components/articles/byline";
import { ARTICLE_STATUS_LABELS } from "@/components/newsroom/article-status-labels";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { getPreviewArticle } from "@/lib/preview/get-preview-article";

type TPreviewPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A preview is never for search engines, and its address (with the token) is not to be shared onward.
export async function generateMetadata({ params, searchParams }: TPreviewPageProps): Promise<Metadata> {
  const { id } = await params;
  const article = await getPreviewArticle(id, singleSearchParam((await searchParams).token));
  return {
    title: article ? `Preview: ${article.title}` : "Page not found",
    robots: { index: false, follow: false, nocache: true },
    referrer: "no-referrer",
  };
}

export default async function PreviewPage({ params, searchParams }: TPreviewPageProps) {
  const { id } = await params;
  const article = await getPreviewArticle(id, singleSearchParam((await searchParams).token));
  if (!article) notFound();

  return (
    <div className="page page--article">
      <p className="preview-banner" role="note">
        Preview — {ARTICLE_STATUS_LABELS[article.status].toLowerCase()}. Readers do not see this page.
      </p>
      <article className="article">
        <header className="article__header">
          <h1 className="article__headline">{article.title}</h1>
          {article.dek ? <p className="article__dek">{article.dek}</p> : null}
          <p className="meta">
            <Byline authors={article.authors} />
          </p>
        </header>
        {article.featuredImageUrl ? <FeaturedImage url={article.featuredImageUrl} alt={article.featuredImageAlt} /> : null}
        {article.body ? <ArticleBody document={article.body} /> : <ArticleUnavailable />}
        <footer className="article__footer">
          <TagLinks tags={article.tags} />
        </footer>
      </article>
    </div>
  );
}
