import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import { cacheTags } from "../cache-tags";
import { emitArticleStatusWebhook } from "@/lib/webhooks/emit-webhook-event";
import { applyCommentAutoClose } from "./apply-comment-auto-close";

export type TStatusChange = {
  articleId: string;
  /** The version the caller saw, or null for the job runner, which checks the status instead. */
  seenVersion: number | null;
  /** The statuses the change may start from; anything else is "changed by someone else". */
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  publishedAt: Date | null;
  actorId: string | null;
  action: string;
  detail?: Record<string, string | number | null>;
};

export type TChangedArticle = { id: string; slug: string; version: number; tagsToRevalidate: string[] };

/**
 * The one place an article's status changes: checks the version and the starting status,
 * moves the version on, copies status and publishedAt to the byline and tag rows (the author
 * and tag pages read those copies without joining the article), sets the comment closing time
 * on publication (apply-comment-auto-close.ts), and records the audit event.
 * Runs inside the caller's transaction; the caller revalidates after the commit.
 */
export async function changeArticleStatus(tx: Prisma.TransactionClient, change: TStatusChange): Promise<TChangedArticle> {
  const before = await tx.article.findUnique({ where: { id: change.articleId }, select: { status: true } });
  const { count } = await tx.article.updateMany({
    where: {
      id: change.articleId,
      status: { in: [...change.from] },
      ...(change.seenVersion !== null ? { version: change.seenVersion } : {}),
    },
    data: { status: change.to, publishedAt: change.publishedAt, version: { increment: 1 } },
  });
  if (count === 0) throw await articleNotFoundOrChangedError(tx, change.articleId);

  if (change.to === "PUBLISHED" && change.publishedAt) await applyCommentAutoClose(tx, change.articleId, change.publishedAt);
  await tx.articleAuthor.updateMany({ where: { articleId: change.articleId }, data: { status: change.to, publishedAt: change.publishedAt } });
  await tx.articleTag.updateMany({ where: { articleId: change.articleId }, data: { status: change.to, publishedAt: change.publishedAt } });
  const article = await tx.article.findUniqueOrThrow({
    where: { id: change.articleId },
    select: {
      id: true,
      slug: true,
      version: true,
      authors: { select: { user: { select: { handle: true } } } },
      tags: { select: { tag: { select: { slug: true } } } },
      slugRedirects: { select: { oldSlug: true } },
    },
  });
  await recordAuditEvent(tx, {
    actorId: change.actorId,
    action: change.action,
    targetType: "Article",
    targetId: change.articleId,
    detail: { from: change.from.join("|"), to: change.to, publishedAt: change.publishedAt?.toISOString() ?? null, ...change.detail },
  });
  await emitArticleStatusWebhook(tx, change.articleId, before?.status ?? null, change.to);
  return { id: article.id, slug: article.slug, version: article.version, tagsToRevalidate: readerTagsFor(article) };
}

/** The cached reads that show this article (lib/articles/cache-tags.ts). */
export function readerTagsFor(article: {
  slug: string;
  authors: { user: { handle: string | null } }[];
  tags: { tag: { slug: string } }[];
  /** Old slugs redirect only while the article is published (lib/articles/find-slug-redirect.ts). */
  slugRedirects?: { oldSlug: string }[];
}): string[] {
  return [
    cacheTags.articles,
    cacheTags.article(article.slug),
    ...(article.slugRedirects ?? []).map(({ oldSlug }) => cacheTags.article(oldSlug)),
    ...article.authors.flatMap(({ user }) => (user.handle ? [cacheTags.author(user.handle)] : [])),
    ...article.tags.map(({ tag }) => cacheTags.tag(tag.slug)),
  ];
}

export async function articleNotFoundOrChangedError(tx: Prisma.TransactionClient, articleId: string): Promise<AppError> {
  const exists = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!exists) return new AppError("NOT_FOUND", "That article no longer exists.");
  return new AppError("CONFLICT", "This article was changed by someone else. Reload the page to see its current state.", {
    message: `article ${articleId} version or status changed`,
  });
}
