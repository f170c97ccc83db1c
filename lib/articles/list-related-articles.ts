import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { utcTimestampText } from "@/lib/dates/utc-timestamp-text";
import type { TArticleLink } from "./article-link";
import { cachedRead } from "./cached-read";
import { cacheTags } from "./cache-tags";

export const RELATED_ARTICLE_COUNT = 4;
// How many of each shared tag's newest stories are considered: keeps the query's cost bounded
// by the article's tag count, however many stories a tag has.
const CANDIDATES_PER_TAG = 20;

/**
 * Published stories that share a tag with the article, not the article itself: those sharing
 * the most tags first, then the most recent. One query: for each of the article's tags, a
 * range scan of ArticleTag(tagId, status, publishedAt DESC) for its newest stories, then the
 * candidates' articles by primary key (re-checked, since the link rows hold copies).
 */
export async function relatedArticlesAt(articleId: string, now: Date, limit = RELATED_ARTICLE_COUNT): Promise<TArticleLink[]> {
  const nowText = utcTimestampText(now);
  const rows = await db.$queryRaw<{ id: string; slug: string; title: string; publishedAt: Date }[]>`
    SELECT a."id", a."slug", a."title", a."publishedAt"
    FROM "ArticleTag" own
    CROSS JOIN LATERAL (
      SELECT other."articleId"
      FROM "ArticleTag" other
      WHERE other."tagId" = own."tagId" AND other."status" = 'PUBLISHED'
        AND other."publishedAt" <= ${nowText}::timestamp(3) AND other."articleId" <> ${articleId}
      ORDER BY other."publishedAt" DESC, other."articleId" DESC
      LIMIT ${CANDIDATES_PER_TAG}
    ) candidate
    JOIN "Article" a ON a."id" = candidate."articleId"
    WHERE own."articleId" = ${articleId}
      AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${nowText}::timestamp(3)
    GROUP BY a."id"
    ORDER BY COUNT(*) DESC, a."publishedAt" DESC, a."id" DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ id: row.id, slug: row.slug, title: row.title, publishedAt: row.publishedAt.toISOString() }));
}

/** Cached for the article page; expires with any article change, or by time. */
export function listRelatedArticles(articleId: string): Promise<TArticleLink[]> {
  return cachedRead(["related-articles", articleId], [cacheTags.articles], () => relatedArticlesAt(articleId, new Date()));
}
