import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { parseArticleDocument } from "@/lib/content/document-schema";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { assertCanEditArticle } from "./article-access";
import { ZArticleId } from "./article-write-schemas";
import { writeArticle, type TSavedArticle } from "./save-article";

export const ZRestoreRevisionInput = z.object({
  articleId: ZArticleId,
  revisionId: z.string().trim().min(1).max(64),
  /** The version the person looked at when they chose to restore. */
  baseVersion: z.coerce.number().int().min(1),
});
export type TRestoreRevisionInput = z.input<typeof ZRestoreRevisionInput>;

/** Brings back a revision's title, dek and body as a new version; everything else stays as is. */
export async function restoreRevision(input: TRestoreRevisionInput): Promise<TSavedArticle> {
  return restoreRevisionFor(await requirePermission("article:write-own"), input);
}

export async function restoreRevisionFor(actor: TCurrentUser, rawInput: TRestoreRevisionInput): Promise<TSavedArticle> {
  assertPermission(actor, "article:write-own");
  const { articleId, revisionId, baseVersion } = parseInputOrThrow(ZRestoreRevisionInput, rawInput);
  const article = assertCanEditArticle(
    actor,
    await db.article.findUnique({
      where: { id: articleId },
      include: { authors: { orderBy: { position: "asc" } }, tags: { include: { tag: true } } },
    }),
  );
  const revision = await db.articleRevision.findFirst({ where: { id: revisionId, articleId } });
  if (!revision) throw new AppError("NOT_FOUND", "That revision does not exist.");
  return writeArticle(
    actor,
    {
      articleId,
      baseVersion,
      title: revision.title,
      slug: article.slug,
      dek: revision.dek,
      body: parseArticleDocument(revision.body),
      tagNames: article.tags.map((link) => link.tag.name),
      coAuthorIds: article.authors.slice(1).map((author) => author.userId),
      featuredImageUrl: article.featuredImageUrl,
      featuredImageAlt: article.featuredImageAlt,
      seoTitle: article.seoTitle,
      seoDescription: article.seoDescription,
      commentPolicy: article.commentPolicy,
      isVipOnly: article.isVipOnly,
      source: "editor",
    },
    "restore",
  );
}
