import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleUnavailable } from "@/components/article/article-unavailable";
import { FeaturedImage } from "@/components/article/featured-image";
import { TagLinks } from "@/components/article/tag-links";
import { Byline } from "@/components/articles/byline";
import { CommentThread } from "@/components/comments/comment-thread";
import { VideoEmbed } from "@/components/media/video-embed";
import { FormattedDate } from "@/components/ui/formatted-date";
import { findSlugRedirect } from "@/lib/articles/find-slug-redirect";
import { getPublishedArticleBySlug } from "@/lib/articles/get-published-article-by-slug";
import { VipOnlyNotice } from "@/components/article/vip-only-notice";
import { getCurrentUser } from "@/lib/auth/current-user";
import { openingOfDocument } from "@/lib/content/document-opening";
import { listArticleComments } from "@/lib/comments/list-article-comments";
import { isSafeUrl } from "@/lib/content/safe-url";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";

type TArticlePageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
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
  return {
    title: article.title,
    description: article.dek || undefined,
    // One address per story: comment pages (?comments=) are the same story.
    alternates: { canonical: path },
    authors: article.authors.map((author) => ({
      name: author.name,
      url: author.handle ? `/authors/${encodeURIComponent(author.handle)}` : undefined,
    })),
    openGraph: {
      type: "article",
      url: path,
      title: article.title,
      description: article.dek || undefined,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: article.authors.map((author) => author.name),
      tags: article.tags.map((tag) => tag.name),
      images: image,
    },
  };
}

export default async function ArticlePage({ params, searchParams }: TArticlePageProps) {
  const { slug } = await params;
  const article = await getPublishedArticleBySlug(slug);
  if (!article) {
    // An old address of a renamed story: send readers (and search engines) on for good.
    const currentSlug = await findSlugRedirect(slug);
    if (currentSlug) permanentRedirect(`/articles/${encodeURIComponent(currentSlug)}`);
    notFound();
  }

  // A comments cursor that does not decode shows the first comments: the story is what matters.
  const commentsCursor = decodeKeysetCursor(singleSearchParam((await searchParams).comments));
  const comments = await listArticleComments(article.id, commentsCursor);
  const path = `/articles/${encodeURIComponent(article.slug)}`;
  const lang = article.locale !== "en" && LANGUAGE_TAG.test(article.locale) ? article.locale : undefined;
  // VIP-only stories: VIP members and staff read in full; everyone else gets the opening.
  const viewer = article.isVipOnly ? await getCurrentUser() : null;
  const canReadInFull = !article.isVipOnly || viewer?.tier === "VIP" || (viewer !== null && viewer.role !== "MEMBER");

  return (
    <div className="page page--article">
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
        </footer>
      </article>
      <CommentThread
        articlePath={path}
        policy={article.commentPolicy}
        commentCount={article.commentCount}
        page={comments}
        isLaterPage={commentsCursor !== null}
      />
    </div>
  );
}
