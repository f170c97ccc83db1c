import "server-only";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TArticleCacheScope } from "@/lib/articles/revalidate-article";
import { parseArticleDocument } from "@/lib/content/document-schema";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditArticle } from "./article-access";
import { ArticleConflictError } from "./article-conflict-error";
import type { TSaveArticleParsed } from "./article-write-schemas";
import { deriveSlug } from "./derive-slug";
import { recordPublishedEdit } from "./record-published-edit";

/** Where a revision came from; shown in the revision history. */
export type TRevisionSource = "editor" | "autosave" | "restore" | "api" | "import";

export type TSavedArticle = { id: string; slug: string; version: number; revisionId: string };

export type TWriteOutcome = { saved: TSavedArticle; isPublished: boolean; cacheScope: TArticleCacheScope };

/**
 * The body of every save of an existing article (editor, autosave, restore, API, import), run
 * inside the caller's transaction; the caller expires reader caches after the commit when
 * `isPublished` (lib/articles/revalidate-article.ts), because a script cannot reach Next's cache.
 */
export async function writeArticleInTransaction(
  tx: Prisma.TransactionClient,
  actor: TCurrentUser,
  // The revision's source is the argument: the parsed input's own source field is the editor's.
  input: Omit<TSaveArticleParsed, "source">,
  source: TRevisionSource,
): Promise<TWriteOutcome> {
  const article = assertCanEditArticle(
    actor,
    await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, slug: true, status: true, publishedAt: true, authors: { orderBy: { position: "asc" }, select: { userId: true } }, tags: { select: { tag: { select: { slug: true } } } } },
    }),
  );

  const slugOwner = await tx.article.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (slugOwner && slugOwner.id !== article.id) {
    throw new AppError("BAD_INPUT", "Another article already uses that slug.", { fieldErrors: { slug: "Another article already uses that slug" } });
  }

  const { count } = await tx.article.updateMany({
    where: { id: article.id, version: input.baseVersion },
    data: {
      version: { increment: 1 },
      title: input.title,
      slug: input.slug,
      dek: input.dek,
      body: input.body,
      featuredImageUrl: input.featuredImageUrl,
      featuredImageAlt: input.featuredImageAlt,
      seoTitle: input.seoTitle,
      seoDescription: input.seoDescription,
      commentPolicy: input.commentPolicy,
      isVipOnly: input.isVipOnly,
    },
  });
  if (count === 0) throw await conflictError(tx, article.id);
  const version = input.baseVersion + 1;

  const authorIds = await resolveAuthorIds(tx, article.authors[0]?.userId ?? actor.id, input.coAuthorIds);
  const copies = { status: article.status, publishedAt: article.publishedAt };
  await tx.articleAuthor.deleteMany({ where: { articleId: article.id } });
  await tx.articleAuthor.createMany({ data: authorIds.map((userId, position) => ({ articleId: article.id, userId, position, ...copies })) });

  const tags = await upsertTags(tx, input.tagNames);
  await tx.articleTag.deleteMany({ where: { articleId: article.id } });
  await tx.articleTag.createMany({ data: tags.map((tag) => ({ articleId: article.id, tagId: tag.id, ...copies })) });

  const revisionId = await writeRevision(tx, { articleId: article.id, version, input, source, savedById: actor.id });
  if (article.status === "PUBLISHED") {
    const editSessionId = input.editSessionId ?? null;
    await recordPublishedEdit(tx, { actorId: actor.id, articleId: article.id, version, source, editSessionId, title: input.title, slug: input.slug });
  }

  const isRenamedWhilePublished = article.status === "PUBLISHED" && article.slug !== input.slug;
  // A redirect from the new slug would now shadow the article itself.
  await tx.articleSlugRedirect.deleteMany({ where: { oldSlug: input.slug } });
  if (isRenamedWhilePublished) {
    await tx.articleSlugRedirect.upsert({
      where: { oldSlug: article.slug },
      create: { oldSlug: article.slug, articleId: article.id },
      update: { articleId: article.id },
    });
  }

  const handles = await tx.user.findMany({
    where: { id: { in: [...new Set([...article.authors.map((a) => a.userId), ...authorIds])] } },
    select: { handle: true },
  });
  return {
    saved: { id: article.id, slug: input.slug, version, revisionId },
    isPublished: article.status === "PUBLISHED",
    cacheScope: {
      slugs: [...new Set([article.slug, input.slug])],
      authorHandles: handles.map((user) => user.handle),
      tagSlugs: [...new Set([...article.tags.map((t) => t.tag.slug), ...tags.map((t) => t.slug)])],
    },
  };
}

async function conflictError(tx: Prisma.TransactionClient, articleId: string): Promise<ArticleConflictError> {
  const current = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true, title: true, dek: true, body: true } });
  const revision = await tx.articleRevision.findFirst({
    where: { articleId, version: current.version },
    orderBy: { updatedAt: "desc" },
    select: { savedById: true },
  });
  const savedBy = revision?.savedById ? await tx.user.findUnique({ where: { id: revision.savedById }, select: { name: true } }) : null;
  return new ArticleConflictError({
    version: current.version,
    title: current.title,
    dek: current.dek,
    body: parseArticleDocument(current.body),
    savedByName: savedBy?.name ?? null,
  });
}

/** The lead author keeps position 0; co-authors follow in the order given. Only staff can be bylined. */
async function resolveAuthorIds(tx: Prisma.TransactionClient, leadAuthorId: string, coAuthorIds: string[]): Promise<string[]> {
  const ordered = [...new Set([leadAuthorId, ...coAuthorIds])];
  const staff = await tx.user.findMany({
    where: { id: { in: ordered }, role: { in: ["ADMIN", "EDITOR", "AUTHOR"] }, deletedAt: null },
    select: { id: true },
  });
  const staffIds = new Set(staff.map((user) => user.id));
  const unknown = ordered.filter((id) => id !== leadAuthorId && !staffIds.has(id));
  if (unknown.length > 0) {
    throw new AppError("BAD_INPUT", "Co-authors must be members of the newsroom staff.", { fieldErrors: { coAuthorIds: "Choose co-authors from the staff list" } });
  }
  return ordered;
}

/** Tags are created on first use, named as typed, found again by their slug. */
export async function upsertTags(tx: Prisma.TransactionClient, names: string[]): Promise<{ id: string; slug: string }[]> {
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const slug = deriveSlug(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, name.trim());
  }
  const tags: { id: string; slug: string }[] = [];
  for (const [slug, name] of bySlug) {
    tags.push(await tx.tag.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true, slug: true } }));
  }
  return tags;
}

/**
 * Autosaves of one editing session fold into one revision (upserted on articleId+editSessionId),
 * so history is not thousands of keystroke snapshots. An explicit save or a restore is its own
 * revision and closes the session's autosave revision, so later autosaves start a new one.
 */
async function writeRevision(
  tx: Prisma.TransactionClient,
  args: { articleId: string; version: number; input: Omit<TSaveArticleParsed, "source">; source: TRevisionSource; savedById: string },
): Promise<string> {
  const { articleId, version, input, source, savedById } = args;
  const content = { version, title: input.title, dek: input.dek, body: input.body, savedById, source };
  const sessionId = input.editSessionId;
  if (source === "autosave" && sessionId) {
    const revision = await tx.articleRevision.upsert({
      where: { articleId_editSessionId: { articleId, editSessionId: sessionId } },
      create: { articleId, editSessionId: sessionId, ...content },
      update: content,
      select: { id: true },
    });
    return revision.id;
  }
  if (sessionId) {
    await tx.articleRevision.updateMany({ where: { articleId, editSessionId: sessionId }, data: { editSessionId: null } });
  }
  return (await tx.articleRevision.create({ data: { articleId, ...content }, select: { id: true } })).id;
}
