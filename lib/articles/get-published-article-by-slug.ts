import "server-only";
import { cache } from "react";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import type { TArticleDocument } from "@/lib/content/document-schema";
import { readingTimeMinutes } from "@/lib/content/document-text";
import { cachedRead } from "./cached-read";
import { cacheTags } from "./cache-tags";
import { parseArticleBody } from "./parse-article-body";
import { bylineSelect, toBylineAuthors, type TBylineAuthor } from "./article-summary";

export type TPublishedArticle = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  /** Null when the stored body is not a valid document (already logged). */
  body: TArticleDocument | null;
  /** Null when there is no valid body to count. */
  readingTimeMinutes: number | null;
  /** ISO 8601. */
  publishedAt: string;
  /** ISO 8601. */
  updatedAt: string;
  featuredImageUrl: string | null;
  featuredImageAlt: string | null;
  videoUrl: string | null;
  locale: string;
  commentPolicy: "OPEN" | "VIP" | "CLOSED";
  /** Non-VIP readers get the opening paragraphs and a membership call to action. */
  isVipOnly: boolean;
  commentCount: number;
  authors: TBylineAuthor[];
  tags: { slug: string; name: string }[];
};

// Longer than any slug we make; refusing it early keeps junk out of the cache keys.
const MAX_SLUG_LENGTH = 200;

async function readPublishedArticle(slug: string): Promise<TPublishedArticle | null> {
  const now = new Date();
  const row = await db.article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      dek: true,
      body: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      featuredImageUrl: true,
      featuredImageAlt: true,
      videoUrl: true,
      locale: true,
      commentPolicy: true,
      isVipOnly: true,
      commentCount: true,
      authors: bylineSelect,
      tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { slug: true, name: true } } } },
    },
  });
  if (!row || row.status !== "PUBLISHED" || row.publishedAt === null || row.publishedAt > now) return null;
  // Parsed here, inside the cached read, so a cache hit skips validation as well as the query.
  const body = parseArticleBody(row.body, { articleId: row.id });
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    body,
    readingTimeMinutes: body ? readingTimeMinutes(body) : null,
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    featuredImageUrl: row.featuredImageUrl,
    featuredImageAlt: row.featuredImageAlt,
    videoUrl: row.videoUrl,
    locale: row.locale,
    commentPolicy: row.commentPolicy,
    isVipOnly: row.isVipOnly,
    commentCount: row.commentCount,
    authors: toBylineAuthors(row.authors),
    tags: row.tags.map(({ tag }) => ({ slug: tag.slug, name: tag.name })),
  };
}

/**
 * The article at `slug` if readers may see it (published, publishedAt passed), else null.
 * Deduplicated per request with React's cache, since metadata and the page both ask.
 */
export const getPublishedArticleBySlug = cache((slug: string): Promise<TPublishedArticle | null> => {
  if (slug.length === 0 || slug.length > MAX_SLUG_LENGTH) return Promise.resolve(null);
  return cachedRead(["published-article-by-slug", slug], [cacheTags.article(slug)], () => readPublishedArticle(slug));
});
