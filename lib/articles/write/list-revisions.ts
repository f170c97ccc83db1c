import "server-only";
import { requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { parseArticleDocument, type TArticleDocument } from "@/lib/content/document-schema";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCanEditArticle } from "./article-access";

export type TRevisionSummary = {
  id: string;
  version: number;
  source: string;
  savedAt: string;
  savedByName: string | null;
};

export type TRevisionDetail = TRevisionSummary & { articleId: string; title: string; dek: string; body: TArticleDocument };

const REVISION_LIST_LIMIT = 200;

async function loadEditableArticle(actor: TCurrentUser, articleId: string) {
  return assertCanEditArticle(
    actor,
    await db.article.findUnique({ where: { id: articleId }, select: { id: true, status: true, authors: { select: { userId: true } } } }),
  );
}

async function namesById(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

/** An article's saved versions, newest first. */
export async function listRevisions(articleId: string): Promise<TRevisionSummary[]> {
  return listRevisionsFor(await requirePermission("article:write-own"), articleId);
}

export async function listRevisionsFor(actor: TCurrentUser, articleId: string): Promise<TRevisionSummary[]> {
  await loadEditableArticle(actor, articleId);
  const revisions = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: [{ version: "desc" }, { updatedAt: "desc" }],
    take: REVISION_LIST_LIMIT,
    select: { id: true, version: true, source: true, updatedAt: true, savedById: true },
  });
  const names = await namesById(revisions.map((revision) => revision.savedById));
  return revisions.map((revision) => ({
    id: revision.id,
    version: revision.version,
    source: revision.source,
    savedAt: revision.updatedAt.toISOString(),
    savedByName: revision.savedById ? (names.get(revision.savedById) ?? null) : null,
  }));
}

export async function getRevision(articleId: string, revisionId: string): Promise<TRevisionDetail> {
  return getRevisionFor(await requirePermission("article:write-own"), articleId, revisionId);
}

export async function getRevisionFor(actor: TCurrentUser, articleId: string, revisionId: string): Promise<TRevisionDetail> {
  await loadEditableArticle(actor, articleId);
  const revision = await db.articleRevision.findFirst({ where: { id: revisionId, articleId } });
  if (!revision) throw new AppError("NOT_FOUND", "That revision does not exist.");
  const names = await namesById([revision.savedById]);
  return {
    id: revision.id,
    articleId: revision.articleId,
    version: revision.version,
    source: revision.source,
    savedAt: revision.updatedAt.toISOString(),
    savedByName: revision.savedById ? (names.get(revision.savedById) ?? null) : null,
    title: revision.title,
    dek: revision.dek,
    body: parseArticleDocument(revision.body),
  };
}
