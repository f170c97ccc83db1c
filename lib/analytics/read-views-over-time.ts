import "server-only";
import { db } from "@/lib/db/client";
import { fillSeries, rangeBuckets, type TAnalyticsRange } from "./analytics-range";
import type { TAnalyticsScope } from "./analytics-scope";

export type TViewPoint = { at: number; views: number };

type TRow = { at: Date; views: number };

/**
 * Views per hour or per day over the range, every bucket present (zero when nobody read).
 * Site-wide figures come from SiteViewHour (one row per hour: a year is 8,784 rows); an
 * author's from their stories' ArticleViewHour rows (hours) or ArticleViewDay rows (days),
 * through the byline index (docs/decisions/0017-newsroom-analytics.md).
 */
export async function readViewsOverTime(scope: TAnalyticsScope, range: TAnalyticsRange): Promise<TViewPoint[]> {
  const rows = await queryViews(scope, range);
  return fillSeries(
    rangeBuckets(range),
    rows.map((row) => ({ at: row.at.getTime(), views: row.views })),
    (at) => ({ at, views: 0 }),
  );
}

function queryViews(scope: TAnalyticsScope, { from, until, granularity }: TAnalyticsRange): Promise<TRow[]> {
  if (scope.kind === "all" && granularity === "hour") {
    return db.$queryRaw<TRow[]>`
      SELECT "hour" AS "at", "views" FROM "SiteViewHour"
      WHERE "hour" >= ${from}::timestamp(3) AND "hour" < ${until}::timestamp(3)`;
  }
  if (scope.kind === "all") {
    return db.$queryRaw<TRow[]>`
      SELECT date_trunc('day', "hour") AS "at", SUM("views")::integer AS "views" FROM "SiteViewHour"
      WHERE "hour" >= ${from}::timestamp(3) AND "hour" < ${until}::timestamp(3)
      GROUP BY 1`;
  }
  if (granularity === "hour") {
    return db.$queryRaw<TRow[]>`
      SELECT h."hour" AS "at", SUM(h."views")::integer AS "views"
      FROM "ArticleAuthor" a JOIN "ArticleViewHour" h ON h."articleId" = a."articleId"
      WHERE a."userId" = ${scope.userId} AND h."hour" >= ${from}::timestamp(3) AND h."hour" < ${until}::timestamp(3)
      GROUP BY 1`;
  }
  return db.$queryRaw<TRow[]>`
    SELECT d."day"::timestamp AS "at", SUM(d."views")::integer AS "views"
    FROM "ArticleAuthor" a JOIN "ArticleViewDay" d ON d."articleId" = a."articleId"
    WHERE a."userId" = ${scope.userId} AND d."day" >= ${from}::date AND d."day" < ${until}::date
    GROUP BY 1`;
}
