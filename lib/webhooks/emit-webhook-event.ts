import "server-only";
import { randomUUID } from "node:crypto";
import { articlePath } from "@/lib/articles/article-link";
import { serverEnv } from "@/lib/env";
import type { ArticleStatus, CommentStatus, Prisma } from "@/lib/generated/prisma/client";
import { commentEventFor, WEBHOOK_JOB_KIND, type TWebhookEvent } from "./webhook-events";

// Where the publishing workflow and moderation announce events: one call each, inside their
// transaction, so a delivery exists exactly when the change committed (an outbox). Each
// subscribed, active hook gets a WebhookDelivery and a job for the runner to send it.

/** Queues `event` for every active hook subscribed to it; returns how many deliveries. */
export async function enqueueWebhookEvent(tx: Prisma.TransactionClient, event: TWebhookEvent, data: Record<string, unknown>, now: Date = new Date()): Promise<number> {
  const hooks = await subscribedHooks(tx, event);
  await queueDeliveries(tx, hooks, event, data, now);
  return hooks.length;
}

function subscribedHooks(tx: Prisma.TransactionClient, event: TWebhookEvent): Promise<{ id: string }[]> {
  return tx.webhook.findMany({ where: { status: "ACTIVE", events: { has: event } }, select: { id: true } });
}

async function queueDeliveries(tx: Prisma.TransactionClient, hooks: { id: string }[], event: TWebhookEvent, data: Record<string, unknown>, now: Date): Promise<void> {
  if (hooks.length === 0) return;
  const payload = { id: randomUUID(), event, createdAt: now.toISOString(), data } as Prisma.InputJsonValue;
  for (const hook of hooks) {
    const job = await tx.scheduledJob.create({ data: { kind: WEBHOOK_JOB_KIND, runAt: now }, select: { id: true } });
    await tx.webhookDelivery.create({ data: { webhookId: hook.id, event, payload, jobId: job.id } });
  }
}

async function articleData(tx: Prisma.TransactionClient, articleId: string) {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: { id: true, slug: true, title: true, dek: true, status: true, publishedAt: true, updatedAt: true, version: true },
  });
  if (!article) return null;
  return {
    article: {
      ...article,
      url: new URL(articlePath(article), serverEnv().SITE_URL).toString(),
      publishedAt: article.publishedAt?.toISOString() ?? null,
      updatedAt: article.updatedAt.toISOString(),
    },
  };
}

/**
 * After an article's status changed (lib/articles/workflow/change-article-status.ts): becoming
 * PUBLISHED is "article.published"; leaving PUBLISHED is "article.unpublished". Drafts,
 * reviews and schedules announce nothing.
 */
export async function emitArticleStatusWebhook(tx: Prisma.TransactionClient, articleId: string, from: ArticleStatus | null, to: ArticleStatus): Promise<void> {
  const event: TWebhookEvent | null = to === "PUBLISHED" && from !== "PUBLISHED" ? "article.published" : from === "PUBLISHED" && to !== "PUBLISHED" ? "article.unpublished" : null;
  if (!event) return;
  const data = await articleData(tx, articleId);
  if (data) await enqueueWebhookEvent(tx, event, data);
}

/** A published story was edited (lib/articles/write/record-published-edit.ts). */
export async function emitArticleUpdatedWebhook(tx: Prisma.TransactionClient, articleId: string): Promise<void> {
  const data = await articleData(tx, articleId);
  if (data && data.article.status === "PUBLISHED") await enqueueWebhookEvent(tx, "article.updated", data);
}

/** A story was deleted; only a published one was ever announced, so only it is (delete-article.ts). */
export async function emitArticleDeletedWebhook(tx: Prisma.TransactionClient, article: { id: string; slug: string; title: string; status: ArticleStatus }): Promise<void> {
  if (article.status !== "PUBLISHED") return;
  await enqueueWebhookEvent(tx, "article.deleted", { article: { id: article.id, slug: article.slug, title: article.title } });
}

/** A comment's status changed, or it was posted (`from` null): see commentEventFor for what is announced. */
export async function emitCommentWebhook(tx: Prisma.TransactionClient, commentId: string, from: CommentStatus | null, to: CommentStatus): Promise<void> {
  await emitCommentWebhooks(tx, { id: commentId }, from, to);
}

/**
 * The same for every comment matching `where` that made the same move (a ban hiding a member's
 * comments, its lifting restoring them): the hooks are looked up once, and the comments are
 * read only when some hook wants the event.
 */
export async function emitCommentWebhooks(tx: Prisma.TransactionClient, where: Prisma.CommentWhereInput, from: CommentStatus | null, to: CommentStatus): Promise<void> {
  const event = commentEventFor(from, to);
  if (!event) return;
  const hooks = await subscribedHooks(tx, event);
  if (hooks.length === 0) return;
  const comments = await tx.comment.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, parentId: true, body: true, status: true, heldReason: true, createdAt: true, author: { select: { name: true } }, article: { select: { id: true, slug: true, title: true } } },
  });
  const now = new Date();
  for (const comment of comments) {
    await queueDeliveries(
      tx,
      hooks,
      event,
      {
        comment: {
          id: comment.id,
          parentId: comment.parentId,
          body: comment.body,
          status: comment.status,
          heldReason: comment.heldReason,
          createdAt: comment.createdAt.toISOString(),
          author: { name: comment.author.name },
          article: comment.article,
        },
      },
      now,
    );
  }
}
