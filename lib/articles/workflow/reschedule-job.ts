import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { claimPendingJobOrThrow } from "./cancel-job";
import { JOB_KINDS } from "./job-kinds";
import { expireCacheTags } from "@/lib/articles/expire-cache-tags";
import { assertFuture } from "./schedule-publish";
import { readerTagsFor } from "./change-article-status";
import { ZRescheduleJobInput, type TRescheduleJobInput } from "./workflow-schemas";

/** Moves a pending job to another future time; a publish job moves the article's publishedAt with it. */
export async function rescheduleJob(input: TRescheduleJobInput): Promise<void> {
  return rescheduleJobFor(await requirePermission("article:publish"), input);
}

export async function rescheduleJobFor(actor: TCurrentUser, rawInput: TRescheduleJobInput): Promise<void> {
  assertPermission(actor, "article:publish");
  const { jobId, runAt: runAtIso } = parseInputOrThrow(ZRescheduleJobInput, rawInput);
  const runAt = new Date(runAtIso);
  assertFuture(runAt);
  const tags = await db.$transaction(async (tx) => {
    const job = await claimPendingJobOrThrow(tx, jobId, { runAt });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.rescheduled",
      targetType: "ScheduledJob",
      targetId: jobId,
      detail: { kind: job.kind, articleId: job.articleId, from: job.runAt.toISOString(), to: runAt.toISOString() },
    });
    if (job.kind !== JOB_KINDS.publish || !job.articleId) return [];
    const { count } = await tx.article.updateMany({
      where: { id: job.articleId, status: "SCHEDULED" },
      data: { publishedAt: runAt, version: { increment: 1 } },
    });
    if (count === 0) return [];
    await tx.articleAuthor.updateMany({ where: { articleId: job.articleId }, data: { publishedAt: runAt } });
    await tx.articleTag.updateMany({ where: { articleId: job.articleId }, data: { publishedAt: runAt } });
    const article = await tx.article.findUniqueOrThrow({
      where: { id: job.articleId },
      select: { slug: true, authors: { select: { user: { select: { handle: true } } } }, tags: { select: { tag: { select: { slug: true } } } } },
    });
    return readerTagsFor(article);
  });
  await expireCacheTags(tags);
}
