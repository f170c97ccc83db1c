import "server-only";
import { expireCacheTags } from "@/lib/articles/expire-cache-tags";
import { db } from "@/lib/db/client";
import { logError, logInfo } from "@/lib/log";
import { claimDueJobs } from "./claim-due-jobs";
import { runClaimedJob, type TJobOutcome } from "./run-claimed-job";

export const MAX_JOB_ATTEMPTS = 5;
const BATCH_SIZE = 20;
const RETRY_DELAY_SECONDS = 30;

export type TTickResult = { claimed: number; outcomes: (TJobOutcome & { jobId: string })[]; failed: number };

/**
 * One tick of the runner: claim what is due, run each, and record failures. A failed job is
 * retried later (after 30 s × attempts) until its fifth attempt, then left FAILED with its error
 * for /admin/jobs. Never throws for a job's failure: the next job still runs.
 */
export async function runDueJobs(now: Date = new Date()): Promise<TTickResult> {
  const jobs = await claimDueJobs(now, BATCH_SIZE);
  const result: TTickResult = { claimed: jobs.length, outcomes: [], failed: 0 };
  for (const job of jobs) {
    try {
      const outcome = await runClaimedJob(job, now);
      result.outcomes.push({ ...outcome, jobId: job.id });
      await expireCacheTags(outcome.tagsToRevalidate);
      logInfo("scheduled job ran", { jobId: job.id, kind: job.kind, articleId: job.articleId, outcome: outcome.status });
    } catch (error) {
      result.failed += 1;
      logError("scheduled job failed", error, { jobId: job.id, kind: job.kind, articleId: job.articleId, attempt: job.attempts });
      await recordFailure(job.id, job.attempts, error, now);
    }
  }
  return result;
}

async function recordFailure(jobId: string, attempts: number, error: unknown, now: Date): Promise<void> {
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const isFinal = attempts >= MAX_JOB_ATTEMPTS;
  await db.scheduledJob.updateMany({
    where: { id: jobId, status: "RUNNING" },
    data: isFinal
      ? { status: "FAILED", lastError, lockedUntil: null, finishedAt: now }
      : { status: "PENDING", lastError, lockedUntil: null, runAt: new Date(now.getTime() + RETRY_DELAY_SECONDS * 1000 * attempts) },
  });
}
