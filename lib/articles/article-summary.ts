import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeKeysetCursor } from "@/lib/pagination/keyset-cursor";

// The shape of an article in any list (home, author, tag): what a headline card shows, nothing
// more. Lists share it so one card component renders them all.

export const ARTICLES_PER_PAGE = 20;

export type TBylineAuthor = { name: string; handle: string | null };

export type TArticleSummary = {
  id: string;
  slug: string;
  title: string;
  dek: string;
  /** ISO 8601. */
  publishedAt: string;
  commentCount: number;
  authors: TBylineAuthor[];
};

export type TArticlePage = {
  articles: TArticleSummary[];
  /** Cursor for the next (older) page, or null on the last page. */
  nextCursor: string | null;
};

export const bylineSelect = {
  orderBy: [{ position: "asc" }, { userId: "asc" }],
  select: { user: { select: { name: true, handle: true } } },
} satisfies Prisma.Article$authorsArgs;

export const articleSummarySelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  status: true,
  publishedAt: true,
  commentCount: true,
  authors: bylineSelect,
} satisfies Prisma.ArticleSelect;

type TArticleSummaryRow = Prisma.ArticleGetPayload<{ select: typeof articleSummarySelect }>;

export function toBylineAuthors(rows: { user: TBylineAuthor }[]): TBylineAuthor[] {
  return rows.map(({ user }) => ({ name: user.name, handle: user.handle }));
}

/** A fetched row and the key the list is ordered by, which the next page's cursor repeats. */
export type TArticleListEntry = { article: TArticleSummaryRow; sortAt: Date | null; sortId: string };

/**
 * Turns up to ARTICLES_PER_PAGE + 1 entries (the extra one only says another page exists) into
 * a page. Articles not actually published by `now` are dropped: author and tag lists scan copies
 * of status and publishedAt, and a stale copy must never show an unpublished story. The cursor
 * comes from the scanned key, not the article, so a stale copy cannot skip or repeat rows.
 */
export function toArticlePage(entries: TArticleListEntry[], now: Date): TArticlePage {
  const hasMore = entries.length > ARTICLES_PER_PAGE;
  const pageEntries = entries.slice(0, ARTICLES_PER_PAGE);
  const last = pageEntries.at(-1);
  const articles = pageEntries.flatMap(({ article }): TArticleSummary[] =>
    article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt <= now
      ? [
          {
            id: article.id,
            slug: article.slug,
            title: article.title,
            dek: article.dek,
            publishedAt: article.publishedAt.toISOString(),
            commentCount: article.commentCount,
            authors: toBylineAuthors(article.authors),
          },
        ]
      : [],
  );
  const nextCursor =
    hasMore && last?.sortAt ? encodeKeysetCursor({ at: last.sortAt.toISOString(), id: last.sortId }) : null;
  return { articles, nextCursor };
}
