import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { changeArticleStatus } from "./change-article-status";
import { JOB_KINDS } from "./job-kinds";
import { cancelPendingJobs } from "./pending-jobs";
import { expireCacheTags } from "@/lib/articles/expire-cache-tags";
import { ZArticleScheduleInput, type TArticleScheduleInput } from "./workflow-schemas";

export function assertFuture(runAt: Date, now = new Date()): void {
  if (runAt.getTime() <= now.getTime()) {
    throw new AppError("BAD_INPUT", "Choose a time in the future.", { fieldErrors: { runAt: "Choose a time in the future." } });
  }
}

/**
 * Schedules publication at `runAt`: the article becomes SCHEDULED with that publishedAt, and a
 * publish job (replacing any pending one) makes it PUBLISHED when the time comes (lib/jobs/).
 */
export async function schedulePublish(input: TArticleScheduleInput): Promise<{ version: number; jobId: string }> {
  return schedulePublishFor(await requirePermission("article:publish"), input);
}

export async function schedulePublishFor(actor: TCurrentUser, rawInput: TArticleScheduleInput): Promise<{ version: number; jobId: string }> {
  assertPermission(actor, "article:publish");
  const { articleId, version, runAt: runAtIso } = parseInputOrThrow(ZArticleScheduleInput, rawInput);
  const runAt = new Date(runAtIso);
  assertFuture(runAt);
  const { article, jobId } = await db.$transaction(async (tx) => {
    const changed = await changeArticleStatus(tx, {
      articleId,
      seenVersion: version,
      from: ["DRAFT", "IN_REVIEW", "SCHEDULED"],
      to: "SCHEDULED",
      publishedAt: runAt,
      actorId: actor.id,
      action: "article.publish_scheduled",
    });
    await cancelPendingJobs(tx, articleId, [JOB_KINDS.publish]);
    const job = await tx.scheduledJob.create({
      data: { kind: JOB_KINDS.publish, articleId, runAt, createdById: actor.id },
      select: { id: true },
    });
    return { article: changed, jobId: job.id };
  });
  await expireCacheTags(article.tagsToRevalidate);
  return { version: article.version, jobId };
}
