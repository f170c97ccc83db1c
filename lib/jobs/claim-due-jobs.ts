import "server-only";
import { db } from "@/lib/db/client";

export type TClaimedJob = { id: string; kind: string; articleId: string | null; attempts: number; runAt: Date };

/** How long a claimed job is ours; after that another runner may take it over (a crashed server). */
export const JOB_LOCK_SECONDS = 60;

/**
 * Claims up to `limit` due jobs for this runner: PENDING ones whose time has come, and RUNNING
 * ones whose lock expired. FOR UPDATE SKIP LOCKED lets several runners (two servers, or two
 * overlapping ticks) claim at once without waiting on or taking each other's rows
 * (docs/decisions/0007-job-runner.md). Times are passed in, in UTC, like every Prisma timestamp,
 * so the database session's time zone never matters and tests can move "now".
 */
export async function claimDueJobs(now: Date, limit: number): Promise<TClaimedJob[]> {
  const lockedUntil = new Date(now.getTime() + JOB_LOCK_SECONDS * 1000);
  return db.$queryRaw<TClaimedJob[]>`
    UPDATE "ScheduledJob"
    SET "status" = 'RUNNING', "lockedUntil" = ${lockedUntil}::timestamp(3), "attempts" = "attempts" + 1, "updatedAt" = ${now}::timestamp(3)
    WHERE "id" IN (
      SELECT "id" FROM "ScheduledJob"
      WHERE ("status" = 'PENDING' AND "runAt" <= ${now}::timestamp(3))
         OR ("status" = 'RUNNING' AND "lockedUntil" < ${now}::timestamp(3))
      ORDER BY "runAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "kind", "articleId", "attempts", "runAt"`;
}
