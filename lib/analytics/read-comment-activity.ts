import "server-only";
import { db } from "@/lib/db/client";
import { HELD_REASON_BAN, HELD_REASON_MODERATOR, HELD_REASON_SHADOW_BAN } from "@/lib/moderation/comment-transitions";
import { DAY_MS, fillSeries, type TAnalyticsRange } from "./analytics-range";
import type { TAnalyticsScope } from "./analytics-scope";

export type TCommentDay = { at: number; comments: number; held: number };

/**
 * Held reasons that a moderator or a sanction set later, not the posting rules: a comment with
 * one of these was not "held for moderation" when it was posted (lib/moderation/comment-transitions.ts).
 */
const NOT_HELD_AT_POSTING = [HELD_REASON_MODERATOR, HELD_REASON_BAN, HELD_REASON_SHADOW_BAN];

/**
 * Comments posted per day (every comment, whatever became of it) and how many of them the
 * posting rules held for a moderator. One index range scan of Comment(createdAt).
 */
export async function readCommentsPerDay(scope: TAnalyticsScope | { kind: "article"; articleId: string }, range: TAnalyticsRange): Promise<TCommentDay[]> {
  const { from, until } = range;
  const rows =
    scope.kind === "article"
      ? await db.$queryRaw<{ at: Date; comments: number; held: number }[]>`
          SELECT date_trunc('day', "createdAt") AS "at", COUNT(*)::integer AS "comments",
            (COUNT(*) FILTER (WHERE "heldReason" IS NOT NULL AND NOT ("heldReason" = ANY(${NOT_HELD_AT_POSTING}::text[]))))::integer AS "held"
          FROM "Comment" WHERE "articleId" = ${scope.articleId} AND "createdAt" >= ${from}::timestamp(3) AND "createdAt" < ${until}::timestamp(3)
          GROUP BY 1`
      : scope.kind === "all"
      ? await db.$queryRaw<{ at: Date; comments: number; held: number }[]>`
          SELECT date_trunc('day', "createdAt") AS "at", COUNT(*)::integer AS "comments",
            (COUNT(*) FILTER (WHERE "heldReason" IS NOT NULL AND NOT ("heldReason" = ANY(${NOT_HELD_AT_POSTING}::text[]))))::integer AS "held"
          FROM "Comment" WHERE "createdAt" >= ${from}::timestamp(3) AND "createdAt" < ${until}::timestamp(3)
          GROUP BY 1`
      : await db.$queryRaw<{ at: Date; comments: number; held: number }[]>`
          SELECT date_trunc('day', c."createdAt") AS "at", COUNT(*)::integer AS "comments",
            (COUNT(*) FILTER (WHERE c."heldReason" IS NOT NULL AND NOT (c."heldReason" = ANY(${NOT_HELD_AT_POSTING}::text[]))))::integer AS "held"
          FROM "ArticleAuthor" a JOIN "Comment" c ON c."articleId" = a."articleId"
          WHERE a."userId" = ${scope.userId} AND c."createdAt" >= ${from}::timestamp(3) AND c."createdAt" < ${until}::timestamp(3)
          GROUP BY 1`;
  const buckets: number[] = [];
  for (let at = from.getTime(); at < until.getTime(); at += DAY_MS) buckets.push(at);
  return fillSeries(
    buckets,
    rows.map((row) => ({ at: row.at.getTime(), comments: row.comments, held: row.held })),
    (at) => ({ at, comments: 0, held: 0 }),
  );
}

export type TModerationSpeed = { decisions: number; medianSeconds: number | null };

/**
 * How long comments held at posting waited for a moderator: the median of (decision − posting)
 * over held comments posted in the range that have been decided. Site-wide only.
 */
export async function readModerationSpeed(range: TAnalyticsRange): Promise<TModerationSpeed> {
  const rows = await db.$queryRaw<{ decisions: number; medianSeconds: number | null }[]>`
    SELECT COUNT(*)::integer AS "decisions",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("moderatedAt" - "createdAt")))::float8 AS "medianSeconds"
    FROM "Comment"
    WHERE "createdAt" >= ${range.from}::timestamp(3) AND "createdAt" < ${range.until}::timestamp(3)
      AND "moderatedAt" IS NOT NULL AND "heldReason" IS NOT NULL
      AND NOT ("heldReason" = ANY(${NOT_HELD_AT_POSTING}::text[]))`;
  return { decisions: rows[0]?.decisions ?? 0, medianSeconds: rows[0]?.medianSeconds ?? null };
}
