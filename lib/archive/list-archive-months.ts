import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import type { TArchiveMonth } from "./archive-month";

export type TArchiveMonthSummary = TArchiveMonth & {
  /** Published stories that month. */
  count: number;
  /** ISO 8601: the month's newest story. */
  latestAt: string;
};

/**
 * Every month with published stories, newest first, with how many. One aggregate over the
 * index-only range of Article(status, publishedAt): proportional to the published stories,
 * a few milliseconds per ten thousand, and cached until the next publish (or a minute).
 */
export function listArchiveMonths(): Promise<TArchiveMonthSummary[]> {
  return cachedRead(["list-archive-months"], [cacheTags.articles], async () => {
    const rows = await db.$queryRaw<{ year: number; month: number; count: number; latestAt: Date }[]>`
      SELECT extract(year FROM m.month)::int AS year, extract(month FROM m.month)::int AS month, m.count, m."latestAt"
      FROM (
        SELECT date_trunc('month', "publishedAt") AS month, count(*)::int AS count, max("publishedAt") AS "latestAt"
        FROM "Article"
        WHERE status = 'PUBLISHED' AND "publishedAt" <= (now() AT TIME ZONE 'UTC')
        GROUP BY 1
      ) AS m
      ORDER BY m.month DESC`;
    return rows.map((row) => ({ year: row.year, month: row.month, count: row.count, latestAt: row.latestAt.toISOString() }));
  });
}
