import { db } from "@/lib/db/client";
import { ZArticleDocument, type TArticleDocument } from "@/lib/content/document-schema";
import type { ArticleStatus, CommentPolicy, Prisma } from "@/lib/generated/prisma/client";
import { buildOpinionDocument } from "./documents";
import { uniqueSuffix } from "./unique";
import { createUser } from "./users";

export type TArticleOverrides = Partial<{
  title: string;
  slug: string;
  dek: string;
  body: TArticleDocument;
  status: ArticleStatus;
  /** Defaults follow the status: now when published or archived, tomorrow when scheduled, else none. */
  publishedAt: Date | null;
  /** Byline order; a fresh author is created when none is given. */
  authorIds: string[];
  tagIds: string[];
  videoUrl: string | null;
  featuredImageUrl: string | null;
  featuredImageAlt: string | null;
  commentPolicy: CommentPolicy;
  locale: string;
  createdAt: Date;
}>;

export type TCreatedArticle = Prisma.ArticleGetPayload<{ include: { authors: true; tags: true } }>;

const DAY_MS = 24 * 60 * 60 * 1000;

function defaultPublishedAt(status: ArticleStatus): Date | null {
  if (status === "PUBLISHED" || status === "ARCHIVED") return new Date();
  if (status === "SCHEDULED") return new Date(Date.now() + DAY_MS);
  return null;
}

function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

export async function createArticle(overrides: TArticleOverrides = {}): Promise<TCreatedArticle> {
  const suffix = uniqueSuffix();
  const title = overrides.title ?? `Test article ${suffix}`;
  const status = overrides.status ?? "PUBLISHED";
  const publishedAt = overrides.publishedAt !== undefined ? overrides.publishedAt : defaultPublishedAt(status);
  const authorIds = overrides.authorIds ?? [(await createUser({ role: "AUTHOR", password: null })).id];
  const body = ZArticleDocument.parse(overrides.body ?? buildOpinionDocument());

  // One nested create is one transaction. The link rows copy status and publishedAt because
  // the author and tag pages scan their indexes without joining the article.
  return db.article.create({
    data: {
      title,
      slug: overrides.slug ?? `${slugify(title) || "article"}-${suffix}`,
      dek: overrides.dek ?? "",
      body,
      status,
      publishedAt,
      videoUrl: overrides.videoUrl ?? null,
      featuredImageUrl: overrides.featuredImageUrl ?? null,
      featuredImageAlt: overrides.featuredImageAlt ?? null,
      commentPolicy: overrides.commentPolicy ?? "OPEN",
      locale: overrides.locale ?? "en",
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
      authors: { create: authorIds.map((userId, position) => ({ userId, position, status, publishedAt })) },
      tags: { create: (overrides.tagIds ?? []).map((tagId) => ({ tagId, status, publishedAt })) },
    },
    include: { authors: { orderBy: { position: "asc" } }, tags: true },
  });
}
