import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { TRENDING_HALF_LIFE_HOURS, TRENDING_WINDOW_HOURS } from "./trending-settings";
import type { TArticleLink } from "@/lib/articles/article-link";
import { utcTimestampText } from "@/lib/dates/utc-timestamp-text";

const HOUR_MS = 60 * 60 * 1000;

/**
 * The most-read published stories as of `now`: each hour's views in the last
 * TRENDING_WINDOW_HOURS, weighted by 0.5^(age in hours / TRENDING_HALF_LIFE_HOURS), summed per
 * story. Ties go to the newer story. One query: a range scan of ArticleViewHour(hour) joined to
 * the articles by primary key, so its cost follows the number of stories read in a day, not
 * the size of the archive. `videosOnly` keeps stories with a video.
 */
export async function trendingArticlesAt(
  now: Date,
  options: { limit: number; videosOnly?: boolean },
): Promise<TArticleLink[]> {
  const nowText = utcTimestampText(now);
  const since = utcTimestampText(new Date(now.getTime() - TRENDING_WINDOW_HOURS * HOUR_MS));
  const videoFilter = options.videosOnly ? Prisma.sql`AND a."videoUrl" IS NOT NULL` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; slug: string; title: string; publishedAt: Date }[]>`
    SELECT a."id", a."slug", a."title", a."publishedAt"
    FROM "ArticleViewHour" v
    JOIN "Article" a ON a."id" = v."articleId"
    WHERE v."hour" > ${since}::timestamp(3) AND v."hour" <= ${nowText}::timestamp(3)
      AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${nowText}::timestamp(3)
      ${videoFilter}
    GROUP BY a."id"
    ORDER BY SUM(v."views" * power(0.5,
        GREATEST(0, EXTRACT(EPOCH FROM (${nowText}::timestamp(3) - v."hour")) / 3600.0) / ${TRENDING_HALF_LIFE_HOURS}::float8
      )) DESC, a."publishedAt" DESC, a."id" DESC
    LIMIT ${options.limit}`;
  return rows.map((row) => ({ id: row.id, slug: row.slug, title: row.title, publishedAt: row.publishedAt.toISOString() }));
}
