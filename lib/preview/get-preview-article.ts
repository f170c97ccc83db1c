import "server-only";
import { cache } from "react";
import { bylineSelect, toBylineAuthors, type TBylineAuthor } from "@/lib/articles/article-summary";
import { parseArticleBody } from "@/lib/articles/parse-article-body";
import { getSessionState } from "@/lib/auth/current-user";
import { roleCan } from "@/lib/auth/permissions";
import type { TArticleDocument } from "@/lib/content/document-schema";
import { db } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { isValidPreviewToken } from "./preview-token";

export type TPreviewArticle = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  status: ArticleStatus;
  body: TArticleDocument | null;
  featuredImageUrl: string | null;
  featuredImageAlt: string | null;
  authors: TBylineAuthor[];
  tags: { slug: string; name: string }[];
};

/**
 * The article as it stands (any status), for /preview/<id>, or null: the caller shows 404 and
 * so says nothing about whether the article exists. Who may see it: anyone holding a valid
 * share token for it; otherwise staff who could open it in the newsroom (editors and admins
 * any article, authors those on its byline). Never cached: a draft must not enter the reader cache.
 */
export const getPreviewArticle = cache(async (articleId: string, token: string | undefined): Promise<TPreviewArticle | null> => {
  if (articleId.length === 0 || articleId.length > 64) return null;
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: {
      ...{ id: true, slug: true, title: true, dek: true, status: true, body: true, featuredImageUrl: true, featuredImageAlt: true },
      authors: { ...bylineSelect, select: { userId: true, user: { select: { name: true, handle: true } } } },
      tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { slug: true, name: true } } } },
    },
  });
  if (!row) return null;
  if (!isValidPreviewToken(articleId, token) && !(await mayPreviewAsStaff(row.authors.map((author) => author.userId)))) return null;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    status: row.status,
    body: parseArticleBody(row.body, { articleId: row.id }),
    featuredImageUrl: row.featuredImageUrl,
    featuredImageAlt: row.featuredImageAlt,
    authors: toBylineAuthors(row.authors),
    tags: row.tags.map(({ tag }) => tag),
  };
});

async function mayPreviewAsStaff(bylineUserIds: string[]): Promise<boolean> {
  const session = await getSessionState();
  if (session.kind !== "signed-in") return false;
  const { role, id } = session.user;
  if (roleCan(role, "article:edit-any")) return true;
  return roleCan(role, "article:write-own") && bylineUserIds.includes(id);
}
