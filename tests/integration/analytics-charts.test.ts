// The newsroom's chart data against known rows: hourly views rolled up into days and site
// hours by the database trigger, the charts' series (every bucket present), the top stories
// with their sparklines and previous period, comments per day with the held share, the median
// time to a moderator's decision, and the CSV made from the same tables.
import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS, parseAnalyticsRange, type TAnalyticsRange } from "@/lib/analytics/analytics-range";
import { commentsTable, topStoriesTable, viewsTable } from "@/lib/analytics/chart-tables";
import { readCommentsPerDay, readModerationSpeed } from "@/lib/analytics/read-comment-activity";
import { readTopStories } from "@/lib/analytics/read-top-stories";
import { readViewsOverTime } from "@/lib/analytics/read-views-over-time";
import { toCsv } from "@/lib/analytics/to-csv";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createUser } from "../factories";

// A day of its own in 2045, far from the present (other files count views now, or in
// 2031-2039: tests/integration/views-trending.test.ts), so site-wide sums are this file's alone.
function freshDay(): number {
  return Date.UTC(2045, 0, 1) + Math.floor(Math.random() * 360) * DAY_MS;
}

async function addViews(articleId: string, hour: number, views: number) {
  // An upsert like the view counter's (lib/views/write-article-views.ts): the trigger sees the change.
  await db.$executeRaw`
    INSERT INTO "ArticleViewHour" ("articleId", "hour", "views") VALUES (${articleId}, ${new Date(hour)}::timestamp(3), ${views})
    ON CONFLICT ("articleId", "hour") DO UPDATE SET "views" = "ArticleViewHour"."views" + EXCLUDED."views"`;
}

function dayRange(from: number, days: number, granularity: "hour" | "day" = "day"): TAnalyticsRange {
  return { from: new Date(from), until: new Date(from + days * DAY_MS), granularity };
}

describe("newsroom analytics", () => {
  it("charts views per hour and per day from the hourly rows, site-wide and for an author", async () => {
    const day = freshDay();
    const author = await createUser({ role: "AUTHOR", password: null });
    const mine = await createArticle({ authorIds: [author.id] });
    const other = await createArticle();
    await addViews(mine.id, day + 9 * HOUR_MS, 5);
    await addViews(mine.id, day + 9 * HOUR_MS, 2); // a second flush into the same hour
    await addViews(mine.id, day + 14 * HOUR_MS, 3);
    await addViews(other.id, day + 9 * HOUR_MS, 10);
    await addViews(other.id, day + DAY_MS + 1 * HOUR_MS, 4);

    const hourly = await readViewsOverTime({ kind: "all" }, dayRange(day, 1, "hour"));
    expect(hourly).toHaveLength(24);
    expect(hourly[9]).toEqual({ at: day + 9 * HOUR_MS, views: 17 });
    expect(hourly[14]).toEqual({ at: day + 14 * HOUR_MS, views: 3 });
    expect(hourly.reduce((sum, point) => sum + point.views, 0)).toBe(20);

    expect(await readViewsOverTime({ kind: "all" }, dayRange(day, 3))).toEqual([
      { at: day, views: 20 },
      { at: day + DAY_MS, views: 4 },
      { at: day + 2 * DAY_MS, views: 0 },
    ]);
    // The author sees their story's views only.
    expect(await readViewsOverTime({ kind: "author", userId: author.id }, dayRange(day, 2))).toEqual([
      { at: day, views: 10 },
      { at: day + DAY_MS, views: 0 },
    ]);
    const authorHours = await readViewsOverTime({ kind: "author", userId: author.id }, dayRange(day, 1, "hour"));
    expect(authorHours.filter((point) => point.views > 0)).toEqual([
      { at: day + 9 * HOUR_MS, views: 7 },
      { at: day + 14 * HOUR_MS, views: 3 },
    ]);

    // The rollups: one row per article and day, one per site hour.
    expect(await db.articleViewDay.findMany({ where: { articleId: mine.id }, select: { day: true, views: true } })).toEqual([{ day: new Date(day), views: 10 }]);
    // Pruning hourly rows leaves the days and the site's hours.
    await db.articleViewHour.deleteMany({ where: { articleId: mine.id } });
    expect((await readViewsOverTime({ kind: "all" }, dayRange(day, 1)))[0]).toEqual({ at: day, views: 20 });
    expect(await db.articleViewDay.count({ where: { articleId: mine.id } })).toBe(1);

    expect(toCsv(viewsTable(hourly.slice(9, 10), "hour").header, viewsTable(hourly.slice(9, 10), "hour").rows)).toBe(
      `Hour (UTC),Views\r\n${new Date(day).toISOString().slice(0, 10)} 09:00,17\r\n`,
    );
  });

  it("ranks the top stories with daily sparklines and the previous period's views", async () => {
    const day = freshDay();
    const author = await createUser({ role: "AUTHOR", password: null });
    const first = await createArticle({ authorIds: [author.id], title: "=HYPERLINK(\"x\") a formula-looking title" });
    const second = await createArticle();
    await addViews(first.id, day + HOUR_MS, 50);
    await addViews(first.id, day + 2 * DAY_MS + HOUR_MS, 30);
    await addViews(first.id, day - 2 * DAY_MS, 40); // the period before
    await addViews(second.id, day + DAY_MS, 60);

    const range = dayRange(day, 3);
    const top = await readTopStories({ kind: "all" }, range, 2);
    expect(top.map((story) => [story.articleId, story.views, story.daily, story.previousViews])).toEqual([
      [first.id, 80, [50, 0, 30], 40],
      [second.id, 60, [0, 60, 0], 0],
    ]);
    const mine = await readTopStories({ kind: "author", userId: author.id }, range);
    expect(mine.map((story) => story.articleId)).toEqual([first.id]);

    const table = topStoriesTable(top);
    expect(table.rows[0]).toEqual([1, first.title, first.slug, 80, 40, 100, "50 0 30"]);
    // A title that looks like a formula is defused in the CSV.
    expect(toCsv(table.header, table.rows)).toContain(`1,"'=HYPERLINK(""x"") a formula-looking title"`);
  });

  it("counts comments per day with the held share, and the median time to a decision", async () => {
    const day = freshDay();
    const article = await createArticle();
    const moderator = await createUser({ role: "EDITOR", password: null });
    const posted = (hours: number) => new Date(day + hours * HOUR_MS);
    await createComment({ articleId: article.id, createdAt: posted(1) });
    await createComment({ articleId: article.id, createdAt: posted(2) });
    const held = [
      { at: 3, waitMinutes: 10 },
      { at: 4, waitMinutes: 30 },
      { at: 5, waitMinutes: 90 },
    ];
    for (const { at, waitMinutes } of held) {
      const comment = await createComment({ articleId: article.id, createdAt: posted(at), status: "PENDING" });
      await db.comment.update({
        where: { id: comment.id },
        data: { heldReason: "first-comments", status: "PUBLISHED", moderatedAt: new Date(posted(at).getTime() + waitMinutes * 60_000), moderatedById: moderator.id },
      });
    }
    const undecided = await createComment({ articleId: article.id, createdAt: posted(DAY_MS / HOUR_MS + 2), status: "PENDING" });
    await db.comment.update({ where: { id: undecided.id }, data: { heldReason: "suspect-word" } });
    // Hidden by a moderator after being published: not "held for moderation" at posting.
    const hidden = await createComment({ articleId: article.id, createdAt: posted(6) });
    await db.comment.update({ where: { id: hidden.id }, data: { status: "HIDDEN", heldReason: "moderator", moderatedAt: posted(7) } });

    const range = dayRange(day, 2);
    const days = await readCommentsPerDay({ kind: "all" }, range);
    expect(days).toEqual([
      { at: day, comments: 6, held: 3 },
      { at: day + DAY_MS, comments: 1, held: 1 },
    ]);
    expect(commentsTable(days).rows).toEqual([
      [new Date(day).toISOString().slice(0, 10), 6, 3, 50],
      [new Date(day + DAY_MS).toISOString().slice(0, 10), 1, 1, 100],
    ]);
    expect(await readCommentsPerDay({ kind: "article", articleId: article.id }, range)).toEqual(days);
    expect(await readModerationSpeed(range)).toEqual({ decisions: 3, medianSeconds: 30 * 60 });
  });

  it("reads the period from the address, correcting what it cannot show", () => {
    const now = new Date(Date.UTC(2026, 11, 5, 15));
    const fallback = parseAnalyticsRange({}, now);
    expect(fallback.range).toEqual({ from: new Date(Date.UTC(2026, 10, 29)), until: new Date(Date.UTC(2026, 11, 6)), granularity: "day" });
    expect(fallback.problems).toEqual([]);

    const swapped = parseAnalyticsRange({ from: "2026-12-05", to: "2026-12-01", granularity: "hour" }, now);
    expect(swapped.range.from).toEqual(new Date(Date.UTC(2026, 11, 1)));
    expect(swapped.problems.map((problem) => problem.field)).toEqual(["from"]);

    const longHourly = parseAnalyticsRange({ from: "2026-01-01", to: "2026-12-01", granularity: "hour" }, now);
    expect(longHourly.range.granularity).toBe("day");
    expect(longHourly.problems.map((problem) => problem.field)).toEqual(["granularity"]);

    expect(parseAnalyticsRange({ from: "2026-02-30" }, now).problems[0]?.field).toBe("from");
  });
});
