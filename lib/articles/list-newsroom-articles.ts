import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { encodeKeysetCursor, type TKeysetCursor } from "@/lib/pagination/keyset-cursor";

export const NEWSROOM_ARTICLES_PER_PAGE = 25;
export const NEWSROOM_SEARCH_MAX_LENGTH = 200;
export const ARTICLE_STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const satisfies readonly ArticleStatus[];

export const ZListNewsroomArticlesInput = z.object({
  /** null lists every status. */
  status: z.enum(ARTICLE_STATUSES).nullable().default(null),
  authorId: z.string().min(1).max(64).nullable().default(null),
  tagId: z.string().min(1).max(64).nullable().default(null),
  /** Part of the title, any case; empty lists all. */
  query: z.string().trim().max(NEWSROOM_SEARCH_MAX_LENGTH).default(""),
  cursor: z.object({ at: z.iso.datetime(), id: z.string().min(1) }).nullable().default(null),
});
export type TListNewsroomArticlesInput = z.input<typeof ZListNewsroomArticlesInput>;

export type TNewsroomArticle = {
  id: string;
  title: string;
  status: ArticleStatus;
  authors: string[];
  /** ISO 8601. */
  updatedAt: string;
  /** ISO 8601: when a SCHEDULED article goes out; null otherwise. */
  scheduledFor: string | null;
};

export type TNewsroomArticlePage = { articles: TNewsroomArticle[]; nextCursor: string | null };

/**
 * The newsroom's list of articles, most recently changed first. Authors see only the articles
 * whose byline they are on (whatever filter they pass); editors and admins see all.
 */
export async function listNewsroomArticles(input: TListNewsroomArticlesInput): Promise<TNewsroomArticlePage> {
  return listNewsroomArticlesFor(await requirePermission("admin:access"), input);
}

export async function listNewsroomArticlesFor(actor: TCurrentUser, rawInput: TListNewsroomArticlesInput): Promise<TNewsroomArticlePage> {
  assertPermission(actor, "article:write-own");
  const { status, authorId, tagId, query, cursor } = parseInputOrThrow(ZListNewsroomArticlesInput, rawInput);
  const filters: Prisma.ArticleWhereInput[] = [afterCursor(cursor)];
  if (!roleCan(actor.role, "article:edit-any")) filters.push({ authors: { some: { userId: actor.id } } });
  if (status) filters.push({ status });
  if (authorId) filters.push({ authors: { some: { userId: authorId } } });
  if (tagId) filters.push({ tags: { some: { tagId } } });
  if (query) filters.push({ title: { contains: escapeLikePattern(query), mode: "insensitive" } });

  const rows = await db.article.findMany({
    where: { AND: filters },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: NEWSROOM_ARTICLES_PER_PAGE + 1,
    select: {
      id: true,
      title: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      authors: { orderBy: [{ position: "asc" }, { userId: "asc" }], select: { user: { select: { name: true } } } },
    },
  });
  const shown = rows.slice(0, NEWSROOM_ARTICLES_PER_PAGE);
  const last = shown.at(-1);
  return {
    articles: shown.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      authors: row.authors.map(({ user }) => user.name),
      updatedAt: row.updatedAt.toISOString(),
      scheduledFor: row.status === "SCHEDULED" && row.publishedAt ? row.publishedAt.toISOString() : null,
    })),
    nextCursor: rows.length > NEWSROOM_ARTICLES_PER_PAGE && last ? encodeKeysetCursor({ at: last.updatedAt.toISOString(), id: last.id }) : null,
  };
}

export type TNewsroomFilterOptions = { authors: { id: string; name: string }[]; tags: { id: string; name: string }[] };

/** The choices for the author and tag filters: staff who can write, and every tag. */
export async function listNewsroomFilterOptions(): Promise<TNewsroomFilterOptions> {
  await requirePermission("article:write-own");
  const [authors, tags] = await Promise.all([
    db.user.findMany({
      where: { role: { in: ["AUTHOR", "EDITOR", "ADMIN"] }, deletedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
      take: 500,
    }),
    db.tag.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true }, take: 500 }),
  ]);
  return { authors, tags };
}

/** "%" and "_" are LIKE wildcards; escape them (and the escape character) as lib/members/list-users.ts does. */
function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function afterCursor(cursor: TKeysetCursor | null): Prisma.ArticleWhereInput {
  if (!cursor) return {};
  const at = new Date(cursor.at);
  return { OR: [{ updatedAt: { lt: at } }, { updatedAt: at, id: { lt: cursor.id } }] };
}
