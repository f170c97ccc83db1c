import "server-only";
import { db } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { changeArticleStatus } from "@/lib/articles/workflow/change-article-status";
import { JOB_KINDS } from "@/lib/articles/workflow/job-kinds";
import { WEBHOOK_JOB_KIND } from "@/lib/webhooks/webhook-events";
import { runWebhookDeliveryJob, type TWebhookJobResult } from "@/lib/webhooks/run-webhook-delivery-job";
import type { TClaimedJob } from "./claim-due-jobs";

export type TJobOutcome = { status: "published" | "unpublished" | "skipped" | TWebhookJobResult["status"]; tagsToRevalidate: string[]; note?: string };

/** Thrown inside the transaction when the job is no longer ours, so the article change rolls back. */
class JobLostError extends Error {}

/**
 * Runs one claimed job in one transaction with its completion: the article changes and the job
 * is DONE, or neither. Idempotent: publishing acts only on a SCHEDULED article, so a second run
 * (a retry after a crash, an expired lock) finds it PUBLISHED and just marks the job DONE.
 */
export async function runClaimedJob(job: TClaimedJob, now: Date): Promise<TJobOutcome> {
  if (job.kind === WEBHOOK_JOB_KIND) return { ...(await runWebhookDeliveryJob(job, now)), tagsToRevalidate: [] };
  if (!job.articleId) throw new Error(`job ${job.id} (${job.kind}) has no article`);
  const articleId = job.articleId;
  const transition = transitionFor(job.kind);
  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.article.findUnique({ where: { id: articleId }, select: { status: true, publishedAt: true } });
      let outcome: TJobOutcome;
      if (article && article.status === transition.from) {
        const changed = await changeArticleStatus(tx, {
          articleId,
          seenVersion: null,
          from: [transition.from],
          to: transition.to,
          // A catch-up after downtime keeps the scheduled time: the story is dated as planned.
          publishedAt: transition.to === "PUBLISHED" ? (article.publishedAt ?? now) : null,
          actorId: null,
          action: transition.action,
          detail: { jobId: job.id },
        });
        outcome = { status: transition.to === "PUBLISHED" ? "published" : "unpublished", tagsToRevalidate: changed.tagsToRevalidate };
      } else {
        outcome = { status: "skipped", tagsToRevalidate: [], note: `Nothing to do: the article is ${article?.status ?? "gone"}.` };
      }
      const { count } = await tx.scheduledJob.updateMany({
        where: { id: job.id, status: "RUNNING" },
        data: { status: "DONE", finishedAt: now, lockedUntil: null, lastError: outcome.note ?? null },
      });
      if (count === 0) throw new JobLostError();
      return outcome;
    });
  } catch (error) {
    if (error instanceof JobLostError) return { status: "skipped", tagsToRevalidate: [], note: "The job was taken over or cancelled meanwhile." };
    throw error;
  }
}

function transitionFor(kind: string): { from: ArticleStatus; to: ArticleStatus; action: string } {
  if (kind === JOB_KINDS.publish) return { from: "SCHEDULED", to: "PUBLISHED", action: "article.published" };
  if (kind === JOB_KINDS.unpublish) return { from: "PUBLISHED", to: "DRAFT", action: "article.unpublished" };
  throw new Error(`unknown job kind ${kind}`);
}
