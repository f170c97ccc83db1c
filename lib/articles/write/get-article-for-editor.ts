import "server-only";
import { requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { parseArticleDocument, type TArticleDocument } from "@/lib/content/document-schema";
import { db } from "@/lib/db/client";
import type { ArticleStatus, CommentPolicy } from "@/lib/generated/prisma/client";
import { assertCanEditArticle } from "./article-access";

export type TArticleForEditor = {
  id: string;
  version: number;
  status: ArticleStatus;
  title: string;
  slug: string;
  dek: string;
  body: TArticleDocument;
  tagNames: string[];
  leadAuthorId: string | null;
  coAuthorIds: string[];
  featuredImageUrl: string;
  featuredImageAlt: string;
  seoTitle: string;
  seoDescription: string;
  commentPolicy: CommentPolicy;
  isVipOnly: boolean;
};

export type TStaffMember = { id: string; name: string };

export async function getArticleForEditor(articleId: string): Promise<TArticleForEditor> {
  return getArticleForEditorFor(await requirePermission("article:write-own"), articleId);
}

/** Everything the editor form shows; throws NOT_FOUND / FORBIDDEN like a save would. */
export async function getArticleForEditorFor(actor: TCurrentUser, articleId: string): Promise<TArticleForEditor> {
  const article = assertCanEditArticle(
    actor,
    await db.article.findUnique({
      where: { id: articleId },
      include: { authors: { orderBy: { position: "asc" } }, tags: { include: { tag: true }, orderBy: { tag: { name: "asc" } } } },
    }),
  );
  return {
    id: article.id,
    version: article.version,
    status: article.status,
    title: article.title,
    slug: article.slug,
    dek: article.dek,
    body: parseArticleDocument(article.body),
    tagNames: article.tags.map((link) => link.tag.name),
    leadAuthorId: article.authors[0]?.userId ?? null,
    coAuthorIds: article.authors.slice(1).map((author) => author.userId),
    featuredImageUrl: article.featuredImageUrl ?? "",
    featuredImageAlt: article.featuredImageAlt ?? "",
    seoTitle: article.seoTitle ?? "",
    seoDescription: article.seoDescription ?? "",
    commentPolicy: article.commentPolicy,
    isVipOnly: article.isVipOnly,
  };
}

/** People who can appear in a byline, for the co-author picker. */
export async function listStaffForByline(): Promise<TStaffMember[]> {
  await requirePermission("article:write-own");
  return db.user.findMany({
    where: { role: { in: ["ADMIN", "EDITOR", "AUTHOR"] }, deletedAt: null, status: "ACTIVE" },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true },
  });
}
