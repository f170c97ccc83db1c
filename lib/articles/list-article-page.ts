import "server-only";
import { archiveMonthBounds, type TArchiveMonth } from "@/lib/archive/archive-month";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import type { TKeysetCursor } from "@/lib/pagination/keyset-cursor";
import {
  ARTICLES_PER_PAGE,
  articleSummarySelect,
  toArticlePage,
  type TArticleListEntry,
  type TArticlePage,
} from "./article-summary";
import { cachedRead } from "./cached-read";
import { cacheTags } from "./cache-tags";

/** Which stories a reader list page shows: an author's, a topic's, or a month's. */
export type TArticleListFilter =
  | { author: { id: string; handle: string } }
  | { tag: { id: string; slug: string } }
  | { month: TArchiveMonth };

/**
 * Published stories matching `filter`, newest first, a page after `cursor` (null: the first
 * page). Each filter is one range scan of its own index, then the page's articles and bylines
 * by primary key:
 * - author: ArticleAuthor(userId, status, publishedAt DESC, articleId DESC)
 * - tag: ArticleTag(tagId, status, publishedAt DESC, articleId DESC)
 * - month: Article(status, publishedAt DESC, id DESC) between the month's bounds
 */
export function listArticlePage(filter: TArticleListFilter, cursor: TKeysetCursor | null = null): Promise<TArticlePage> {
  const { key, tags } = cacheKeyAndTags(filter);
  return cachedRead(["list-article-page", ...key, cursor?.at ?? "", cursor?.id ?? ""], tags, async () => {
    const now = new Date();
    return toArticlePage(await readEntries(filter, cursor, now), now);
  });
}

function cacheKeyAndTags(filter: TArticleListFilter): { key: string[]; tags: string[] } {
  if ("author" in filter) return { key: ["author", filter.author.id], tags: [cacheTags.articles, cacheTags.author(filter.author.handle)] };
  if ("tag" in filter) return { key: ["tag", filter.tag.id], tags: [cacheTags.articles, cacheTags.tag(filter.tag.slug)] };
  return { key: ["month", String(filter.month.year), String(filter.month.month)], tags: [cacheTags.articles] };
}

/**
 * The bounds of a newest-first keyset scan: publishedAt up to `upper`, and after the cursor.
 * The plain upper bound is what starts the index scan at the cursor (list-published-articles.ts);
 * the OR only breaks ties on the same instant. `idField` is the id column of the scanned table.
 */
function keysetWhere<TIdField extends "id" | "articleId">(
  idField: TIdField,
  upper: { lt: Date } | { lte: Date },
  cursor: TKeysetCursor | null,
) {
  const cursorAt = cursor ? new Date(cursor.at) : null;
  const after =
    cursor && cursorAt
      ? { OR: [{ publishedAt: { lt: cursorAt } }, { publishedAt: cursorAt, [idField]: { lt: cursor.id } }] }
      : {};
  // The scan starts at the earliest of: the cursor, and the list's own upper bound.
  const start = cursorAt && ("lt" in upper ? cursorAt < upper.lt : cursorAt <= upper.lte) ? { lte: cursorAt } : upper;
  return { status: "PUBLISHED" as const, publishedAt: start, ...after };
}

const linkSelect = { publishedAt: true, articleId: true, article: { select: articleSummarySelect } } as const;
const linkOrder = [{ publishedAt: "desc" as const }, { articleId: "desc" as const }];

async function readEntries(filter: TArticleListFilter, cursor: TKeysetCursor | null, now: Date): Promise<TArticleListEntry[]> {
  const take = ARTICLES_PER_PAGE + 1;
  if ("month" in filter) {
    const { start, end } = archiveMonthBounds(filter.month);
    const { publishedAt, ...rest } = keysetWhere("id", end <= now ? { lt: end } : { lte: now }, cursor);
    const rows = await db.article.findMany({
      where: { ...rest, publishedAt: { gte: start, ...publishedAt } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take,
      select: articleSummarySelect,
    });
    return rows.map((article) => ({ article, sortAt: article.publishedAt, sortId: article.id }));
  }
  // Author and tag lists scan copies of status and publishedAt on their link rows.
  const where = keysetWhere("articleId", { lte: now }, cursor);
  const links =
    "author" in filter
      ? await db.articleAuthor.findMany({ where: { userId: filter.author.id, ...where }, orderBy: linkOrder, take, select: linkSelect })
      : await db.articleTag.findMany({ where: { tagId: filter.tag.id, ...where }, orderBy: linkOrder, take, select: linkSelect });
  return links.map((link) => ({ article: link.article, sortAt: link.publishedAt, sortId: link.articleId }));
}
