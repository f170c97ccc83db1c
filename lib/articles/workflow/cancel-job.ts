import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { changeArticleStatus, type TChangedArticle } from "./change-article-status";
import { JOB_KINDS } from "./job-kinds";
import { expireCacheTags } from "@/lib/articles/expire-cache-tags";
import { ZJobInput, type TJobInput } from "./workflow-schemas";

/**
 * Cancels a job that has not started. Cancelling a scheduled publication also takes the
 * article back to DRAFT, so nothing says "scheduled" with nothing left to publish it.
 */
export async function cancelJob(input: TJobInput): Promise<void> {
  return cancelJobFor(await requirePermission("article:publish"), input);
}

export async function cancelJobFor(actor: TCurrentUser, rawInput: TJobInput): Promise<void> {
  assertPermission(actor, "article:publish");
  const { jobId } = parseInputOrThrow(ZJobInput, rawInput);
  const article = await db.$transaction(async (tx): Promise<TChangedArticle | null> => {
    const job = await claimPendingJobOrThrow(tx, jobId, { status: "CANCELLED", finishedAt: new Date() });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.cancelled",
      targetType: "ScheduledJob",
      targetId: jobId,
      detail: { kind: job.kind, articleId: job.articleId, runAt: job.runAt.toISOString() },
    });
    if (job.kind !== JOB_KINDS.publish || !job.articleId) return null;
    const current = await tx.article.findUnique({ where: { id: job.articleId }, select: { status: true } });
    if (current?.status !== "SCHEDULED") return null;
    return changeArticleStatus(tx, {
      articleId: job.articleId,
      seenVersion: null,
      from: ["SCHEDULED"],
      to: "DRAFT",
      publishedAt: null,
      actorId: actor.id,
      action: "article.schedule_cancelled",
    });
  });
  if (article) await expireCacheTags(article.tagsToRevalidate);
}

/**
 * Updates a job only while it is still PENDING: one the runner has claimed (or that finished,
 * or that someone else cancelled) is refused with "changed by someone else".
 */
export async function claimPendingJobOrThrow(
  tx: Prisma.TransactionClient,
  jobId: string,
  data: Prisma.ScheduledJobUpdateManyMutationInput,
): Promise<{ kind: string; articleId: string | null; runAt: Date }> {
  const { count } = await tx.scheduledJob.updateMany({ where: { id: jobId, status: "PENDING" }, data });
  const job = await tx.scheduledJob.findUnique({ where: { id: jobId }, select: { kind: true, articleId: true, runAt: true } });
  if (!job) throw new AppError("NOT_FOUND", "That job no longer exists.");
  if (count === 0) throw new AppError("CONFLICT", "This job has already run or was changed by someone else. Reload the page.");
  return job;
}
