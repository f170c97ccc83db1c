import type { TBylineAuthor } from "@/lib/articles/article-summary";
import { isSafeUrl } from "@/lib/content/safe-url";
import { shareImagePath } from "./share-image-path";

// Structured data for search engines (https://schema.org/NewsArticle), built from the same
// published-article read the page renders, with absolute URLs.

export type TNewsArticleSource = {
  slug: string;
  title: string;
  dek: string;
  /** ISO 8601. */
  publishedAt: string;
  /** ISO 8601. */
  updatedAt: string;
  authors: TBylineAuthor[];
  tags: { name: string }[];
  isVipOnly: boolean;
  featuredImageUrl: string | null;
};

export type TSite = { name: string; url: string };

function absolute(path: string, site: TSite): string {
  return new URL(path, site.url).toString();
}

/** Google shows at most 110 characters of a headline. */
const MAX_HEADLINE = 110;

export function newsArticleJsonLd(article: TNewsArticleSource, site: TSite): Record<string, unknown> {
  const url = absolute(`/articles/${encodeURIComponent(article.slug)}`, site);
  const images = [absolute(shareImagePath(article.slug), site)];
  if (article.featuredImageUrl && isSafeUrl(article.featuredImageUrl)) images.unshift(absolute(article.featuredImageUrl, site));
  const headline = article.title.length > MAX_HEADLINE ? `${article.title.slice(0, MAX_HEADLINE - 1)}…` : article.title;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    headline,
    ...(article.dek ? { description: article.dek } : {}),
    image: images,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: article.authors.map((author) => ({
      "@type": "Person",
      name: author.name,
      ...(author.handle ? { url: absolute(`/authors/${encodeURIComponent(author.handle)}`, site) } : {}),
    })),
    publisher: { "@type": "Organization", name: site.name, url: absolute("/", site) },
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    isAccessibleForFree: !article.isVipOnly,
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" is written as \u003c so no stored text
 * ("</script><script>…") can end the script element; JSON parsers read it back unchanged.
 * U+2028/2029 likewise, for old script parsers that treat them as line ends.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
