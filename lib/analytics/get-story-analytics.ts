import "server-only";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { readingTimeMinutes } from "@/lib/content/document-text";
import { parseArticleBody } from "@/lib/articles/parse-article-body";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { DAY_MS, HOUR_MS, MAX_RANGE_DAYS, type TAnalyticsRange } from "./analytics-range";
import { analyticsScopeFor } from "./analytics-scope";
import { readCommentsPerDay, type TCommentDay } from "./read-comment-activity";
import type { TViewPoint } from "./read-views-over-time";

export type TStoryAnalytics = {
  id: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  /** ISO 8601, or null when never published. */
  publishedAt: string | null;
  readingTimeMinutes: number | null;
  commentCount: number;
  totalViews: number;
  /** Views per day since publishing (at most MAX_RANGE_DAYS days, the latest). */
  daily: TViewPoint[];
  /** Views per hour over the first three days after publishing. */
  firstHours: TViewPoint[];
  comments: TCommentDay[];
};

const FIRST_HOURS = 72;

/**
 * One story's figures since it was published, or null when it does not exist or the caller
 * may not see it (an author asking about a story not on their byline: the same answer).
 */
export async function getStoryAnalytics(actor: TCurrentUser, articleId: string, now: Date = new Date()): Promise<TStoryAnalytics | null> {
  const scope = analyticsScopeFor(actor);
  if (articleId.length === 0 || articleId.length > 64) return null;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, slug: true, status: true, publishedAt: true, createdAt: true, body: true, commentCount: true, authors: { select: { userId: true } } },
  });
  if (!article) return null;
  if (scope.kind === "author" && !article.authors.some((author) => author.userId === scope.userId)) return null;

  const start = article.publishedAt && article.publishedAt < now ? article.publishedAt : article.createdAt;
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const firstDay = Math.max(Math.floor(start.getTime() / DAY_MS) * DAY_MS, today - (MAX_RANGE_DAYS - 1) * DAY_MS);
  const dayRange: TAnalyticsRange = { from: new Date(firstDay), until: new Date(today + DAY_MS), granularity: "day" };
  const firstHour = Math.floor(start.getTime() / HOUR_MS) * HOUR_MS;
  const hourUntil = firstHour + FIRST_HOURS * HOUR_MS;

  const [dayRows, hourRows, total, comments] = await Promise.all([
    db.articleViewDay.findMany({ where: { articleId, day: { gte: dayRange.from, lt: dayRange.until } }, select: { day: true, views: true } }),
    db.articleViewHour.findMany({ where: { articleId, hour: { gte: new Date(firstHour), lt: new Date(hourUntil) } }, select: { hour: true, views: true } }),
    db.articleViewDay.aggregate({ where: { articleId }, _sum: { views: true } }),
    readCommentsPerDay({ kind: "article", articleId }, dayRange),
  ]);
  const dayViews = new Map(dayRows.map((row) => [row.day.getTime(), row.views]));
  const hourViews = new Map(hourRows.map((row) => [row.hour.getTime(), row.views]));
  const daily: TViewPoint[] = [];
  for (let at = firstDay; at <= today; at += DAY_MS) daily.push({ at, views: dayViews.get(at) ?? 0 });
  const firstHours: TViewPoint[] = [];
  for (let at = firstHour; at < hourUntil && at <= now.getTime(); at += HOUR_MS) firstHours.push({ at, views: hourViews.get(at) ?? 0 });
  const body = parseArticleBody(article.body, { articleId });
  return {
    id: article.id,
    title: article.title,
    slug: article.slug,
    status: article.status,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    readingTimeMinutes: body ? readingTimeMinutes(body) : null,
    commentCount: article.commentCount,
    totalViews: total._sum.views ?? 0,
    daily,
    firstHours,
    comments,
  };
}
