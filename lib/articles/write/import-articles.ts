import "server-only";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { assertPermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TArticleCacheScope } from "@/lib/articles/revalidate-article";
import { fieldErrorsFrom } from "@/lib/actions";
import { ZArticleDocument } from "@/lib/content/document-schema";
import { db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { Prisma, type CommentPolicy } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { readSiteSettings } from "@/lib/settings/site-settings";
import { assertCanEditArticle } from "./article-access";
import {
  ZArticleDek,
  ZArticleSlug,
  ZArticleTitle,
  ZFeaturedImageAlt,
  ZFeaturedImageUrl,
  ZSeoDescription,
  ZSeoTitle,
  ZTagNames,
} from "./article-write-schemas";
import { deriveSlug } from "./derive-slug";
import { upsertTags, writeArticleInTransaction } from "./write-article-in-transaction";

// Articles written elsewhere (another CMS's export, a wire feed, a script) come in as JSON
// documents, one article each, matched to ours by slug. Every document is validated with the
// same schemas as the editor's saves; each article is its own transaction with its revision
// (source "import", or "api" through the route handler). Running the same file twice changes
// nothing the second time, and an update must say which version it replaces, so an import
// never overwrites an edit made in the newsroom since the export it came from.

export const ZImportedArticle = z.strictObject({
  slug: ZArticleSlug,
  title: ZArticleTitle,
  dek: ZArticleDek.default(""),
  body: ZArticleDocument,
  tags: ZTagNames.default([]),
  featuredImageUrl: ZFeaturedImageUrl.optional(),
  featuredImageAlt: ZFeaturedImageAlt.optional(),
  seoTitle: ZSeoTitle.optional(),
  seoDescription: ZSeoDescription.optional(),
  isVipOnly: z.boolean().optional(),
  /** Required to update an existing article: the version this document was made from. */
  version: z.number().int().min(1).optional(),
});
export type TImportedArticle = z.input<typeof ZImportedArticle>;
type TParsedImport = z.output<typeof ZImportedArticle>;

export type TImportSource = "import" | "api";

export type TImportOutcome = { status: "created" | "updated" | "unchanged"; articleId: string; slug: string; version: number };

export type TImportResult = TImportOutcome & {
  /** Reader pages to expire after the commit: set only when a published article changed. */
  cacheScope: TArticleCacheScope | null;
};

export type TImportReport = {
  index: number;
  slug: string | null;
} & ({ ok: true; outcome: TImportOutcome; cacheScope: TArticleCacheScope | null } | { ok: false; message: string });

/** Parses one document, naming where a problem is, e.g. "body.content.2.attrs.alt". */
export function parseImportedArticleOrThrow(document: unknown): TParsedImport {
  const parsed = ZImportedArticle.safeParse(document);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join(".")})` : "";
  throw new AppError("BAD_INPUT", `This article cannot be imported: ${issue?.message ?? "it is not valid"}${where}.`, {
    fieldErrors: fieldErrorsFrom(parsed.error),
  });
}

/**
 * Creates the article (a draft, bylined to the actor, with the site's default comment policy)
 * or updates the one with the same slug, in one transaction with its revision. Throws AppError:
 * BAD_INPUT for an invalid document, CONFLICT for an update without the current version,
 * FORBIDDEN for an article the actor may not edit.
 */
export async function importArticleFor(actor: TCurrentUser, document: unknown, source: TImportSource): Promise<TImportResult> {
  assertPermission(actor, "article:write-own");
  const input = parseImportedArticleOrThrow(document);
  // Read before the transaction: the embedded database serves one transaction at a time.
  const { defaultCommentPolicy } = await readSiteSettings();
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.article.findUnique({
        where: { slug: input.slug },
        include: { authors: { orderBy: { position: "asc" } }, tags: { include: { tag: true } } },
      });
      if (!current) return createImported(tx, actor, input, source, defaultCommentPolicy);
      return updateImported(tx, actor, input, source, assertCanEditArticle(actor, current));
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `Another article took the slug “${input.slug}” at the same moment. Import it again.`, { cause: error });
    }
    throw error;
  }
}

/**
 * Imports documents one by one, each in its own transaction: one that fails is reported and
 * the others still go in. Re-running the same documents reports them "unchanged".
 */
export async function importArticlesFor(actor: TCurrentUser, documents: readonly unknown[], source: TImportSource): Promise<TImportReport[]> {
  assertPermission(actor, "article:write-own");
  const reports: TImportReport[] = [];
  for (const [index, document] of documents.entries()) {
    const slug = typeof (document as { slug?: unknown } | null)?.slug === "string" ? (document as { slug: string }).slug : null;
    try {
      const { cacheScope, ...outcome } = await importArticleFor(actor, document, source);
      reports.push({ index, slug, ok: true, outcome, cacheScope });
    } catch (error) {
      if (!isAppError(error)) logError("article import failed", error, { index, slug });
      reports.push({ index, slug, ok: false, message: isAppError(error) ? error.publicMessage : "An unexpected error stopped this article; see the log." });
    }
  }
  return reports;
}

type TCurrentArticle = Prisma.ArticleGetPayload<{ include: { authors: true; tags: { include: { tag: true } } } }>;

async function createImported(
  tx: Prisma.TransactionClient,
  actor: TCurrentUser,
  input: TParsedImport,
  source: TImportSource,
  commentPolicy: CommentPolicy,
): Promise<TImportResult> {
  const redirect = await tx.articleSlugRedirect.findUnique({ where: { oldSlug: input.slug }, select: { articleId: true } });
  if (redirect) {
    throw new AppError("CONFLICT", `“${input.slug}” is an old address of another article, which it still redirects to. Choose another slug.`, {
      fieldErrors: { slug: "This slug redirects to another article" },
    });
  }
  const article = await tx.article.create({
    data: {
      title: input.title,
      slug: input.slug,
      dek: input.dek,
      body: input.body,
      status: "DRAFT",
      commentPolicy,
      featuredImageUrl: input.featuredImageUrl ?? null,
      featuredImageAlt: input.featuredImageAlt ?? null,
      seoTitle: input.seoTitle ?? null,
      seoDescription: input.seoDescription ?? null,
      isVipOnly: input.isVipOnly ?? false,
      authors: { create: { userId: actor.id, position: 0, status: "DRAFT", publishedAt: null } },
      revisions: { create: { version: 1, title: input.title, dek: input.dek, body: input.body, savedById: actor.id, source } },
    },
    select: { id: true, slug: true, version: true },
  });
  const tags = await upsertTags(tx, input.tags);
  await tx.articleTag.createMany({ data: tags.map((tag) => ({ articleId: article.id, tagId: tag.id, status: "DRAFT" as const, publishedAt: null })) });
  return { status: "created", articleId: article.id, slug: article.slug, version: article.version, cacheScope: null };
}

async function updateImported(
  tx: Prisma.TransactionClient,
  actor: TCurrentUser,
  input: TParsedImport,
  source: TImportSource,
  current: TCurrentArticle,
): Promise<TImportResult> {
  const next = {
    featuredImageUrl: input.featuredImageUrl !== undefined ? input.featuredImageUrl : current.featuredImageUrl,
    featuredImageAlt: input.featuredImageAlt !== undefined ? input.featuredImageAlt : current.featuredImageAlt,
    seoTitle: input.seoTitle !== undefined ? input.seoTitle : current.seoTitle,
    seoDescription: input.seoDescription !== undefined ? input.seoDescription : current.seoDescription,
    isVipOnly: input.isVipOnly ?? current.isVipOnly,
  };
  if (isSameContent(current, input, next)) {
    return { status: "unchanged", articleId: current.id, slug: current.slug, version: current.version, cacheScope: null };
  }
  if (input.version === undefined) {
    throw new AppError(
      "CONFLICT",
      `An article with the slug “${input.slug}” already exists (version ${current.version}). To replace its text, add "version": ${current.version} to the document.`,
      { fieldErrors: { version: `Give the version you are replacing (${current.version})` } },
    );
  }
  if (input.version !== current.version) {
    throw new AppError(
      "CONFLICT",
      `“${input.slug}” was changed after version ${input.version}: it is at version ${current.version} now. Compare the two, then import with "version": ${current.version} to replace it.`,
      { fieldErrors: { version: `The article is at version ${current.version}` } },
    );
  }
  const written = await writeArticleInTransaction(
    tx,
    actor,
    {
      articleId: current.id,
      baseVersion: input.version,
      title: input.title,
      slug: input.slug,
      dek: input.dek,
      body: input.body,
      tagNames: input.tags,
      coAuthorIds: current.authors.slice(1).map((author) => author.userId),
      commentPolicy: current.commentPolicy,
      ...next,
    },
    source,
  );
  return {
    status: "updated",
    articleId: written.saved.id,
    slug: written.saved.slug,
    version: written.saved.version,
    cacheScope: written.isPublished ? written.cacheScope : null,
  };
}

/** What an import sets, compared with what is stored; JSON key order does not matter. */
function isSameContent(current: TCurrentArticle, input: TParsedImport, next: Pick<TCurrentArticle, "featuredImageUrl" | "featuredImageAlt" | "seoTitle" | "seoDescription" | "isVipOnly">): boolean {
  const tagSlugs = (slugs: string[]) => [...new Set(slugs)].filter(Boolean).sort();
  return (
    current.title === input.title &&
    current.dek === input.dek &&
    isDeepStrictEqual(current.body, input.body) &&
    isDeepStrictEqual(tagSlugs(current.tags.map((link) => link.tag.slug)), tagSlugs(input.tags.map(deriveSlug))) &&
    current.featuredImageUrl === next.featuredImageUrl &&
    current.featuredImageAlt === next.featuredImageAlt &&
    current.seoTitle === next.seoTitle &&
    current.seoDescription === next.seoDescription &&
    current.isVipOnly === next.isVipOnly
  );
}
