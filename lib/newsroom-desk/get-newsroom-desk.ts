import "server-only";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { DAY_MS, DEFAULT_RANGE_DAYS } from "@/lib/analytics/analytics-range";
import { analyticsScopeFor } from "@/lib/analytics/analytics-scope";
import { readTopStories, type TTopStory } from "@/lib/analytics/read-top-stories";
import { JOB_KINDS } from "@/lib/articles/workflow/job-kinds";
import { db } from "@/lib/db/client";
import { WEBHOOK_JOB_KIND } from "@/lib/webhooks/webhook-events";

export type TDeskArticle = { id: string; title: string; updatedAt: string; authors: string[] };
export type TDeskJob = { id: string; runAt: string; articleId: string | null; title: string | null; lastError?: string | null };

/** What waits for this person; a section is null when it does not concern their role. */
export type TNewsroomDesk = {
  inReview: { count: number; articles: TDeskArticle[] } | null;
  /** Authors: their own drafts and stories in review. */
  ownDrafts: { count: number; articles: TDeskArticle[] } | null;
  comments: { held: number; reported: number } | null;
  scheduledSoon: TDeskJob[] | null;
  failedJobs: { count: number; latest: TDeskJob[] } | null;
  /** Admins: webhooks paused after repeated failures (they are emailed too), or by hand. */
  pausedWebhooks: number | null;
  topThisWeek: TTopStory[];
};

const LIST_LIMIT = 5;
const FAILED_JOBS_DAYS = 7;

const deskArticleSelect = {
  id: true,
  title: true,
  updatedAt: true,
  authors: { orderBy: [{ position: "asc" as const }], select: { user: { select: { name: true } } } },
};

function toDeskArticle(row: { id: string; title: string; updatedAt: Date; authors: { user: { name: string } }[] }): TDeskArticle {
  return { id: row.id, title: row.title, updatedAt: row.updatedAt.toISOString(), authors: row.authors.map(({ user }) => user.name) };
}

/**
 * The editor's desk at /admin: drafts in review, held and reported comments, publications due
 * in the next 24 hours, failed jobs, paused webhooks and this week's most read stories, each
 * only for the roles it concerns. Every query is a count or a short list on an index.
 */
export async function getNewsroomDesk(actor: TCurrentUser, now: Date = new Date()): Promise<TNewsroomDesk> {
  assertPermission(actor, "admin:access");
  const canPublish = roleCan(actor.role, "article:publish");
  const canModerate = roleCan(actor.role, "comment:moderate");
  const canManageIntegrations = roleCan(actor.role, "integrations:manage");
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  // The jobs /admin/jobs lists (webhook deliveries have their own log at /admin/integrations), in the same window for the count and the list.
  const failedJobsWhere = { status: "FAILED" as const, kind: { not: WEBHOOK_JOB_KIND }, updatedAt: { gte: new Date(now.getTime() - FAILED_JOBS_DAYS * DAY_MS) } };
  const week = { from: new Date(today - (DEFAULT_RANGE_DAYS - 1) * DAY_MS), until: new Date(today + DAY_MS), granularity: "day" as const };

  const [inReview, ownDrafts, comments, scheduledSoon, failedJobs, topThisWeek, pausedWebhooks] = await Promise.all([
    canPublish
      ? Promise.all([
          db.article.count({ where: { status: "IN_REVIEW" } }),
          db.article.findMany({ where: { status: "IN_REVIEW" }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: LIST_LIMIT, select: deskArticleSelect }),
        ]).then(([count, rows]) => ({ count, articles: rows.map(toDeskArticle) }))
      : null,
    canPublish
      ? null
      : Promise.all([
          db.articleAuthor.count({ where: { userId: actor.id, status: { in: ["DRAFT", "IN_REVIEW"] } } }),
          db.article.findMany({
            where: { status: { in: ["DRAFT", "IN_REVIEW"] }, authors: { some: { userId: actor.id } } },
            orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
            take: LIST_LIMIT,
            select: deskArticleSelect,
          }),
        ]).then(([count, rows]) => ({ count, articles: rows.map(toDeskArticle) })),
    canModerate
      ? Promise.all([
          db.comment.count({ where: { status: "PENDING" } }),
          db.comment.count({ where: { openReportCount: { gt: 0 }, status: { not: "DELETED" } } }),
        ]).then(([held, reported]) => ({ held, reported }))
      : null,
    canPublish
      ? db.scheduledJob
          .findMany({
            where: { kind: JOB_KINDS.publish, status: "PENDING", runAt: { lte: new Date(now.getTime() + DAY_MS) } },
            orderBy: [{ runAt: "asc" }, { id: "asc" }],
            take: 20,
            select: { id: true, runAt: true, articleId: true, article: { select: { title: true } } },
          })
          .then((rows) => rows.map((row) => ({ id: row.id, runAt: row.runAt.toISOString(), articleId: row.articleId, title: row.article?.title ?? null })))
      : null,
    canPublish
      ? Promise.all([
          db.scheduledJob.count({ where: failedJobsWhere }),
          db.scheduledJob.findMany({
            where: failedJobsWhere,
            orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
            take: 3,
            select: { id: true, runAt: true, articleId: true, lastError: true, article: { select: { title: true } } },
          }),
        ]).then(([count, rows]) => ({
          count,
          latest: rows.map((row) => ({ id: row.id, runAt: row.runAt.toISOString(), articleId: row.articleId, title: row.article?.title ?? null, lastError: row.lastError })),
        }))
      : null,
    readTopStories(analyticsScopeFor(actor), week, LIST_LIMIT),
    canManageIntegrations ? db.webhook.count({ where: { status: "PAUSED" } }) : null,
  ]);
  return { inReview, ownDrafts, comments, scheduledSoon, failedJobs, topThisWeek, pausedWebhooks };
}
