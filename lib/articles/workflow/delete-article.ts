import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { revalidateArticle } from "@/lib/articles/revalidate-article";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { emitArticleDeletedWebhook } from "@/lib/webhooks/emit-webhook-event";
import { ZArticleTransitionInput, type TArticleTransitionInput } from "./workflow-schemas";

export type TDeletedArticle = { id: string; title: string; slug: string };

/**
 * Deletes an article for good (admins only): its revisions, comments, jobs, redirects, byline
 * and tag rows go with it (foreign keys cascade). The audit event keeps what it was, since the
 * row it points at is gone.
 */
export async function deleteArticle(input: TArticleTransitionInput): Promise<TDeletedArticle> {
  return deleteArticleFor(await requirePermission("article:delete"), input);
}

export async function deleteArticleFor(actor: TCurrentUser, rawInput: TArticleTransitionInput): Promise<TDeletedArticle> {
  assertPermission(actor, "article:delete");
  const { articleId, version } = parseInputOrThrow(ZArticleTransitionInput, rawInput);
  const article = await db.$transaction(async (tx) => {
    const current = await tx.article.findUnique({
      where: { id: articleId },
      select: {
        ...{ id: true, title: true, slug: true, status: true },
        authors: { select: { user: { select: { handle: true } } } },
        tags: { select: { tag: { select: { slug: true } } } },
        slugRedirects: { select: { oldSlug: true } },
      },
    });
    if (!current) throw new AppError("NOT_FOUND", "That article no longer exists.");
    // The version the admin saw: if it was edited or published since, they decide again.
    const { count } = await tx.article.deleteMany({ where: { id: articleId, version } });
    if (count === 0) {
      throw new AppError("CONFLICT", "This article was changed by someone else. Reload the page and check before deleting it.", {
        message: `article ${articleId} changed before deletion`,
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "article.deleted",
      targetType: "Article",
      targetId: articleId,
      detail: { title: current.title, slug: current.slug, status: current.status },
    });
    await emitArticleDeletedWebhook(tx, current);
    return current;
  });
  // Only a published article is on reader pages (and only then do its old slugs redirect).
  if (article.status === "PUBLISHED") {
    await revalidateArticle({
      slugs: [article.slug, ...article.slugRedirects.map(({ oldSlug }) => oldSlug)],
      authorHandles: article.authors.map(({ user }) => user.handle),
      tagSlugs: article.tags.map(({ tag }) => tag.slug),
    });
  }
  return { id: article.id, title: article.title, slug: article.slug };
}
