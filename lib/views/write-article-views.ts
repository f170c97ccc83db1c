import "server-only";
import { db } from "@/lib/db/client";
import type { TViewCount } from "./view-buffer";

/**
 * Adds buffered counts to ArticleViewHour in one statement, whatever their number: one upsert
 * with `views = views + n`, so concurrent server processes add up rather than overwrite.
 * Counts for articles that are not (or no longer) published are dropped by the join: the
 * beacon's id is checked for shape only, and the article may be deleted before the flush.
 * Returns the number of rows written.
 */
export async function writeArticleViews(counts: readonly TViewCount[]): Promise<number> {
  if (counts.length === 0) return 0;
  const articleIds = counts.map((count) => count.articleId);
  // Hours travel as ISO text and are cast: the column is a timestamp without time zone in UTC.
  const hours = counts.map((count) => count.hour.toISOString().slice(0, 19));
  const views = counts.map((count) => count.views);
  return db.$executeRaw`
    INSERT INTO "ArticleViewHour" ("articleId", "hour", "views")
    SELECT counted."articleId", counted."hour", counted."views"
    FROM unnest(${articleIds}::text[], ${hours}::timestamp(3)[], ${views}::integer[])
      AS counted("articleId", "hour", "views")
    JOIN "Article" ON "Article"."id" = counted."articleId" AND "Article"."status" = 'PUBLISHED'
    ORDER BY counted."articleId", counted."hour"
    ON CONFLICT ("articleId", "hour") DO UPDATE SET "views" = "ArticleViewHour"."views" + EXCLUDED."views"`;
}
