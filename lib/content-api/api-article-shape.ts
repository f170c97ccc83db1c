import "server-only";
import { articlePath } from "@/lib/articles/article-link";
import { openingOfDocument } from "@/lib/content/document-opening";
import { readingTimeMinutes } from "@/lib/content/document-text";
import type { TArticleDocument } from "@/lib/content/document-schema";
import { documentToHtml } from "@/lib/feeds/document-to-html";
import { serverEnv } from "@/lib/env";
import type { TApiArticle, TApiArticleSummary } from "./content-api-schemas";

export function absoluteSiteUrl(path: string): string {
  return new URL(path, serverEnv().SITE_URL).toString();
}

export type TSummaryRow = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  publishedAt: Date;
  updatedAt: Date;
  commentCount: number;
  isVipOnly: boolean;
  featuredImageUrl: string | null;
  featuredImageAlt: string | null;
  videoUrl: string | null;
  locale: string;
  authors: { user: { name: string; handle: string | null } }[];
  tags: { tag: { slug: string; name: string } }[];
};

export const apiSummarySelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  commentCount: true,
  isVipOnly: true,
  featuredImageUrl: true,
  featuredImageAlt: true,
  videoUrl: true,
  locale: true,
  authors: { orderBy: [{ position: "asc" as const }, { userId: "asc" as const }], select: { user: { select: { name: true, handle: true } } } },
  tags: { orderBy: { tag: { name: "asc" as const } }, select: { tag: { select: { slug: true, name: true } } } },
};

export function toApiSummary(row: TSummaryRow): TApiArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    url: absoluteSiteUrl(articlePath(row)),
    title: row.title,
    dek: row.dek,
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    authors: row.authors.map(({ user }) => ({ name: user.name, handle: user.handle, url: user.handle ? absoluteSiteUrl(`/authors/${encodeURIComponent(user.handle)}`) : null })),
    tags: row.tags.map(({ tag }) => ({ slug: tag.slug, name: tag.name })),
    commentCount: row.commentCount,
    isVipOnly: row.isVipOnly,
    featuredImage: row.featuredImageUrl ? { url: absoluteSiteUrl(row.featuredImageUrl), alt: row.featuredImageAlt ?? "" } : null,
    videoUrl: row.videoUrl,
    locale: row.locale,
  };
}

/** The full story; a members-only story gives its opening only, as the site does to non-members. */
export function toApiArticle(row: TSummaryRow, body: TArticleDocument): TApiArticle {
  const shown = row.isVipOnly ? openingOfDocument(body) : body;
  return {
    ...toApiSummary(row),
    body: shown,
    bodyHtml: documentToHtml(shown, { siteUrl: serverEnv().SITE_URL }),
    bodyIsExcerpt: row.isVipOnly,
    readingTimeMinutes: readingTimeMinutes(body),
  };
}
