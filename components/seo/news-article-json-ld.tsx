import { newsArticleJsonLd, serializeJsonLd, type TNewsArticleSource } from "@/lib/seo/json-ld";
import { serverEnv } from "@/lib/env";

/**
 * schema.org NewsArticle data for search engines. The one use of dangerouslySetInnerHTML on a
 * reader page: a script's text cannot be given as React children, and serializeJsonLd escapes
 * every "<", so stored text cannot close the element (lib/seo/json-ld.ts).
 */
export function NewsArticleJsonLd({ article }: { article: TNewsArticleSource }) {
  const { SITE_NAME, SITE_URL } = serverEnv();
  const json = serializeJsonLd(newsArticleJsonLd(article, { name: SITE_NAME, url: SITE_URL }));
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
