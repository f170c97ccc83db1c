import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import type { TArticleLink } from "./article-link";
import { cachedRead } from "./cached-read";
import { cacheTags } from "./cache-tags";

export type TAdjacentArticles = {
  /** The story published just before this one. */
  previous: TArticleLink | null;
  /** The story published just after this one (and already published now). */
  next: TArticleLink | null;
};

const linkSelect = { id: true, slug: true, title: true, publishedAt: true } as const;

function toLink(row: { id: string; slug: string; title: string; publishedAt: Date | null } | null): TArticleLink | null {
  return row?.publishedAt ? { id: row.id, slug: row.slug, title: row.title, publishedAt: row.publishedAt.toISOString() } : null;
}

/**
 * The neighbours of a published article in publication order, ties broken by id as in the
 * home page's keyset. Two queries, each one step along Article(status, publishedAt DESC, id DESC).
 */
export async function adjacentArticlesAt(article: { id: string; publishedAt: string }, now: Date): Promise<TAdjacentArticles> {
  const at = new Date(article.publishedAt);
  const [previous, next] = await Promise.all([
    db.article.findFirst({
      where: {
        status: "PUBLISHED",
        // The plain bound starts the index scan here; the OR breaks ties (list-published-articles.ts).
        publishedAt: { lte: at },
        OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: article.id } }],
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: linkSelect,
    }),
    db.article.findFirst({
      where: {
        status: "PUBLISHED",
        publishedAt: { gte: at, lte: now },
        OR: [{ publishedAt: { gt: at } }, { publishedAt: at, id: { gt: article.id } }],
      },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select: linkSelect,
    }),
  ]);
  return { previous: toLink(previous), next: toLink(next) };
}

/** Cached for the article page; expires with any article change, or by time. */
export function getAdjacentArticles(article: { id: string; publishedAt: string }): Promise<TAdjacentArticles> {
  return cachedRead(["adjacent-articles", article.id, article.publishedAt], [cacheTags.articles], () =>
    adjacentArticlesAt(article, new Date()),
  );
}
