import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { articleNotFoundOrChangedError } from "./change-article-status";
import { JOB_KINDS } from "./job-kinds";
import { cancelPendingJobs } from "./pending-jobs";
import { assertFuture } from "./schedule-publish";
import { ZArticleScheduleInput, type TArticleScheduleInput } from "./workflow-schemas";

/**
 * Schedules a published article to be taken down at `runAt` (replacing any pending unpublish
 * job). The article stays PUBLISHED until then; the version still moves on, so a page opened
 * before the change cannot act on what it no longer shows.
 */
export async function scheduleUnpublish(input: TArticleScheduleInput): Promise<{ version: number; jobId: string }> {
  return scheduleUnpublishFor(await requirePermission("article:edit-any"), input);
}

export async function scheduleUnpublishFor(actor: TCurrentUser, rawInput: TArticleScheduleInput): Promise<{ version: number; jobId: string }> {
  assertPermission(actor, "article:edit-any");
  const { articleId, version, runAt: runAtIso } = parseInputOrThrow(ZArticleScheduleInput, rawInput);
  const runAt = new Date(runAtIso);
  assertFuture(runAt);
  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: articleId, version, status: "PUBLISHED" },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw await articleNotFoundOrChangedError(tx, articleId);
    await cancelPendingJobs(tx, articleId, [JOB_KINDS.unpublish]);
    const job = await tx.scheduledJob.create({
      data: { kind: JOB_KINDS.unpublish, articleId, runAt, createdById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "article.unpublish_scheduled",
      targetType: "Article",
      targetId: articleId,
      detail: { runAt: runAt.toISOString() },
    });
    return { version: version + 1, jobId: job.id };
  });
}
