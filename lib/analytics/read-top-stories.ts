import "server-only";
import { db } from "@/lib/db/client";
import { DAY_MS, fillSeries, type TAnalyticsRange } from "./analytics-range";
import type { TAnalyticsScope } from "./analytics-scope";

export type TTopStory = {
  articleId: string;
  title: string;
  slug: string;
  views: number;
  /** Views per day over the range, oldest first (the sparkline). */
  daily: number[];
  /** Views in the period of the same length just before, for the trend. */
  previousViews: number;
};

/**
 * The most read stories in the range (whole days), with their daily views for a sparkline and
 * the previous period's total for a trend. Three small queries over ArticleViewDay's
 * (day, articleId, views) index: the ranking, the days of the chosen stories, their titles.
 */
export async function readTopStories(scope: TAnalyticsScope, range: TAnalyticsRange, limit = 10): Promise<TTopStory[]> {
  const { from, until } = range;
  const ranked =
    scope.kind === "all"
      ? await db.$queryRaw<{ articleId: string; views: number }[]>`
          SELECT "articleId", SUM("views")::integer AS "views" FROM "ArticleViewDay"
          WHERE "day" >= ${from}::date AND "day" < ${until}::date
          GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}`
      : await db.$queryRaw<{ articleId: string; views: number }[]>`
          SELECT d."articleId", SUM(d."views")::integer AS "views"
          FROM "ArticleAuthor" a JOIN "ArticleViewDay" d ON d."articleId" = a."articleId"
          WHERE a."userId" = ${scope.userId} AND d."day" >= ${from}::date AND d."day" < ${until}::date
          GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}`;
  if (ranked.length === 0) return [];
  const ids = ranked.map((row) => row.articleId);
  const previousFrom = new Date(from.getTime() - (until.getTime() - from.getTime()));
  const [days, previous, articles] = await Promise.all([
    db.$queryRaw<{ articleId: string; day: Date; views: number }[]>`
      SELECT "articleId", "day"::timestamp AS "day", "views" FROM "ArticleViewDay"
      WHERE "articleId" = ANY(${ids}::text[]) AND "day" >= ${from}::date AND "day" < ${until}::date`,
    db.$queryRaw<{ articleId: string; views: number }[]>`
      SELECT "articleId", SUM("views")::integer AS "views" FROM "ArticleViewDay"
      WHERE "articleId" = ANY(${ids}::text[]) AND "day" >= ${previousFrom}::date AND "day" < ${from}::date
      GROUP BY 1`,
    db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, slug: true } }),
  ]);
  const dayBuckets: number[] = [];
  for (let at = from.getTime(); at < until.getTime(); at += DAY_MS) dayBuckets.push(at);
  const byArticle = new Map(articles.map((article) => [article.id, article]));
  const previousBy = new Map(previous.map((row) => [row.articleId, row.views]));
  return ranked.flatMap((row): TTopStory[] => {
    const article = byArticle.get(row.articleId);
    if (!article) return [];
    const rows = days.filter((day) => day.articleId === row.articleId).map((day) => ({ at: day.day.getTime(), views: day.views }));
    return [
      {
        articleId: row.articleId,
        title: article.title,
        slug: article.slug,
        views: row.views,
        daily: fillSeries(dayBuckets, rows, (at) => ({ at, views: 0 })).map((point) => point.views),
        previousViews: previousBy.get(row.articleId) ?? 0,
      },
    ];
  });
}
