// The newsroom analytics at scale: adds a year of hourly view rows to the published articles of
// a benchmark database (each article read every hour for a week after a day in the last year,
// so the rollup trigger of decision 0017 runs for every row), then times each analytics query.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/masthead_bench npx tsx bench/generate-large-dataset.ts
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/masthead_bench BENCH_VIEW_ARTICLES=100000 \
//     npx tsx --conditions=react-server bench/analytics-queries.ts
//
// BENCH_VIEW_ARTICLES (default 100,000) articles × 168 hours; BENCH_SKIP_VIEWS=1 only times.
import { db } from "@/lib/db/client";
import { DAY_MS, type TAnalyticsRange } from "@/lib/analytics/analytics-range";
import { readCommentsPerDay, readModerationSpeed } from "@/lib/analytics/read-comment-activity";
import { readTopStories } from "@/lib/analytics/read-top-stories";
import { readViewsOverTime } from "@/lib/analytics/read-views-over-time";

const ARTICLES = Number(process.env.BENCH_VIEW_ARTICLES ?? 100_000);

async function timed(label: string, run: () => Promise<unknown>, repeats = 5) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(40)} median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms`);
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the benchmark database.");
  if (process.env.BENCH_SKIP_VIEWS !== "1") {
    const started = Date.now();
    const rows = await db.$executeRaw`
      INSERT INTO "ArticleViewHour" ("articleId", "hour", "views")
      SELECT a.id, date_trunc('day', now() - (a.n % 365) * interval '1 day') + h * interval '1 hour', 1 + (random() * 40)::int
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Article" WHERE status = 'PUBLISHED' LIMIT ${ARTICLES}) a
      CROSS JOIN generate_series(0, 167) AS h
      ON CONFLICT ("articleId", "hour") DO UPDATE SET "views" = "ArticleViewHour"."views" + EXCLUDED."views"`;
    console.log(`${rows} hourly view rows written (with rollups) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await db.$executeRaw`ANALYZE "ArticleViewHour"`;
    await db.$executeRaw`ANALYZE "ArticleViewDay"`;
    await db.$executeRaw`ANALYZE "SiteViewHour"`;
  }
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const range = (days: number, granularity: "hour" | "day"): TAnalyticsRange => ({ from: new Date(today - (days - 1) * DAY_MS), until: new Date(today + DAY_MS), granularity });
  const author = await db.articleAuthor.findFirst({ where: { status: "PUBLISHED" }, select: { userId: true } });
  await timed("site views per hour, 7 days", () => readViewsOverTime({ kind: "all" }, range(7, "hour")));
  await timed("site views per day, 365 days", () => readViewsOverTime({ kind: "all" }, range(365, "day")));
  await timed("top stories, 7 days", () => readTopStories({ kind: "all" }, range(7, "day")));
  await timed("top stories, 365 days", () => readTopStories({ kind: "all" }, range(365, "day")));
  if (author) {
    await timed("one author's views per hour, 7 days", () => readViewsOverTime({ kind: "author", userId: author.userId }, range(7, "hour")));
    await timed("one author's views per day, 365 days", () => readViewsOverTime({ kind: "author", userId: author.userId }, range(365, "day")));
    await timed("one author's top stories, 30 days", () => readTopStories({ kind: "author", userId: author.userId }, range(30, "day")));
  }
  await timed("comments per day, 30 days", () => readCommentsPerDay({ kind: "all" }, range(30, "day")));
  await timed("median moderation time, 30 days", () => readModerationSpeed(range(30, "day")));
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
