import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { AdjacentArticles } from "@/components/article/adjacent-articles";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleUnavailable } from "@/components/article/article-unavailable";
import { ArticleViewBeacon } from "@/components/article/article-view-beacon";
import { FeaturedImage } from "@/components/article/featured-image";
import { RelatedArticles } from "@/components/article/related-articles";
import { ShareLinks } from "@/components/article/share-links";
import { TagLinks } from "@/components/article/tag-links";
import { Byline } from "@/components/articles/byline";
import { ArticleComments } from "@/components/comments/article-comments";
import { VideoEmbed } from "@/components/media/video-embed";
import { FormattedDate } from "@/components/ui/formatted-date";
import { NewsArticleJsonLd } from "@/components/seo/news-article-json-ld";
import { SHARE_IMAGE_SIZE, shareImagePath } from "@/lib/seo/share-image-path";
import { findSlugRedirect } from "@/lib/articles/find-slug-redirect";
import { getAdjacentArticles } from "@/lib/articles/get-adjacent-articles";
import { getPublishedArticleBySlug } from "@/lib/articles/get-published-article-by-slug";
import { listRelatedArticles } from "@/lib/articles/list-related-articles";
import { serverEnv } from "@/lib/env";
import { NotFoundPage } from "@/components/site/not-found-page";
import { VipOnlyNotice } from "@/components/article/vip-only-notice";
import { getReaderViewer } from "@/lib/auth/reader-viewer";
import { openingOfDocument } from "@/lib/content/document-opening";
import { documentSummary } from "@/lib/content/document-text";
import { isSafeUrl } from "@/lib/content/safe-url";
import * as commentActions from "@/app/(site)/articles/[slug]/comment-actions";

type TArticlePageProps = {
  params: Promise<{ slug: string }>;
};

// A BCP 47 tag shape; anything else is left off rather than put into the lang attribute.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export async function generateMetadata({ params }: TArticlePageProps): Promise<Metadata> {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) return { title: "Page not found" };
  const path = `/articles/${encodeURIComponent(article.slug)}`;
  const image =
    article.featuredImageUrl && isSafeUrl(article.featuredImageUrl)
      ? [{ url: article.featuredImageUrl, alt: article.featuredImageAlt ?? "" }]
      : undefined;
  // No dek (an imported post, say): the opening's text, so every story has a description. Only
  // the opening everyone may read, never the rest of a VIP story.
  const description = article.dek || (article.body ? documentSummary(openingOfDocument(article.body)) : "") || undefined;
  return {
    title: article.title,
    description,
    // One address per story (other orders and pages of its comments live under ./comments).
    alternates: { canonical: path },
    authors: article.authors.map((author) => ({
      name: author.name,
      url: author.handle ? `/authors/${encodeURIComponent(author.handle)}` : undefined,
    })),
    openGraph: {
      type: "article",
      url: path,
      title: article.title,
      description,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: article.authors.map((author) => author.name),
      tags: article.tags.map((tag) => tag.name),
      // The featured photo when there is one, and always the generated card (./share-image.png).
      images: [...(image ?? []), { url: shareImagePath(article.slug), ...SHARE_IMAGE_SIZE, alt: article.title }],
    },
    // Twitter falls back to og:image for the picture.
    twitter: { card: "summary_large_image", title: article.title, description },
  };
}

export default async function ArticlePage({ params }: TArticlePageProps) {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) {
    // An old address of a renamed story: send readers (and search engines) on for good.
    const currentSlug = await findSlugRedirect(slug);
    if (currentSlug) permanentRedirect(`/articles/${encodeURIComponent(currentSlug)}`);
    return <NotFoundPage />;
  }

  const path = `/articles/${encodeURIComponent(article.slug)}`;
  // Reading on: other stories on its topics, and its neighbours in publication order.
  const [related, adjacent] = await Promise.all([listRelatedArticles(article.id), getAdjacentArticles(article)]);
  const lang = article.locale !== "en" && LANGUAGE_TAG.test(article.locale) ? article.locale : undefined;
  // VIP-only stories: VIP members and staff read in full; everyone else gets the opening.
  const viewer = await getReaderViewer();
  const canReadInFull = !article.isVipOnly || viewer?.tier === "VIP" || (viewer !== null && viewer.role !== "MEMBER");

  return (
    <div className="page page--article">
      <NewsArticleJsonLd article={article} />
      <article className="article" lang={lang}>
        <header className="article__header">
          <h1 className="article__headline">{article.title}</h1>
          {article.dek ? <p className="article__dek">{article.dek}</p> : null}
          <p className="meta">
            <Byline authors={article.authors} />
            {article.authors.length > 0 ? <span aria-hidden="true"> · </span> : null}
            <FormattedDate iso={article.publishedAt} />
            {article.readingTimeMinutes !== null ? (
              <>
                <span aria-hidden="true"> · </span>
                <span>{article.readingTimeMinutes} min read</span>
              </>
            ) : null}
          </p>
        </header>
        {article.featuredImageUrl ? (
          <FeaturedImage url={article.featuredImageUrl} alt={article.featuredImageAlt} />
        ) : null}
        {article.videoUrl ? <VideoEmbed url={article.videoUrl} title={article.title} /> : null}
        {article.body ? <ArticleBody document={canReadInFull ? article.body : openingOfDocument(article.body)} /> : <ArticleUnavailable />}
        {canReadInFull ? null : <VipOnlyNotice isSignedIn={viewer !== null} returnTo={path} />}
        <footer className="article__footer">
          <TagLinks tags={article.tags} />
          <ShareLinks url={new URL(path, serverEnv().SITE_URL).toString()} title={article.title} />
        </footer>
      </article>
      <ArticleViewBeacon articleId={article.id} />
      <RelatedArticles articles={related} />
      <AdjacentArticles previous={adjacent.previous} next={adjacent.next} />
      <ArticleComments article={article} viewer={viewer} actions={commentActions} />
    </div>
  );
}
