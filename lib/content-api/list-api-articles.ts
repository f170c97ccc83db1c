import "server-only";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { db } from "@/lib/db/client";
import { decodeKeysetCursor, encodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { apiSummarySelect, toApiSummary, type TSummaryRow } from "./api-article-shape";
import type { TApiArticleList, TArticleListQuery } from "./content-api-schemas";

type TScanned = { sortAt: Date | null; sortId: string; article: Omit<TSummaryRow, "publishedAt"> & { status: string; publishedAt: Date | null } };

/**
 * Published stories, newest first, keyset-paged on (publishedAt, id), optionally for one tag,
 * one author and a publication window. The scan follows the most selective index there is:
 * ArticleTag(tagId, status, publishedAt, articleId) for a tag, ArticleAuthor(userId, …) for an
 * author, Article(status, publishedAt, id) otherwise, the way the tag and author pages do.
 * Cached under the same tags as those pages, so a publish or an edit expires it with them.
 */
export function listApiArticles(query: TArticleListQuery): Promise<TApiArticleList> {
  const cursor = decodeKeysetCursor(query.after);
  const tags = [cacheTags.articles, ...(query.tag ? [cacheTags.tag(query.tag)] : []), ...(query.author ? [cacheTags.author(query.author)] : [])];
  const key = ["content-api-articles", query.tag ?? "", query.author ?? "", query.publishedAfter ?? "", query.publishedBefore ?? "", String(query.limit), cursor?.at ?? "", cursor?.id ?? ""];
  return cachedRead(key, tags, async () => {
    const now = new Date();
    const before = query.publishedBefore ? new Date(query.publishedBefore) : null;
    const upper = [now, before, cursor ? new Date(cursor.at) : null].filter((date): date is Date => date !== null).reduce((a, b) => (a < b ? a : b));
    const lower = query.publishedAfter ? new Date(query.publishedAfter) : undefined;
    const publishedAt = { lte: upper, ...(lower ? { gte: lower } : {}) };
    const take = query.limit + 1;
    const [tag, author] = await Promise.all([
      query.tag ? db.tag.findUnique({ where: { slug: query.tag }, select: { id: true } }) : null,
      query.author ? db.user.findUnique({ where: { handle: query.author }, select: { id: true } }) : null,
    ]);
    if ((query.tag && !tag) || (query.author && !author)) return { data: [], meta: { nextCursor: null, limit: query.limit } };
    const keyset = (idField: "id" | "articleId") =>
      cursor ? { OR: [{ publishedAt: { lt: new Date(cursor.at) } }, { publishedAt: new Date(cursor.at), [idField]: { lt: cursor.id } }] } : {};

    let scanned: TScanned[];
    if (tag) {
      const links = await db.articleTag.findMany({
        where: { tagId: tag.id, status: "PUBLISHED", publishedAt, ...keyset("articleId"), ...(author ? { article: { authors: { some: { userId: author.id } } } } : {}) },
        orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
        take,
        select: { publishedAt: true, articleId: true, article: { select: apiSummarySelect } },
      });
      scanned = links.map((link) => ({ sortAt: link.publishedAt, sortId: link.articleId, article: link.article }));
    } else if (author) {
      const links = await db.articleAuthor.findMany({
        where: { userId: author.id, status: "PUBLISHED", publishedAt, ...keyset("articleId") },
        orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
        take,
        select: { publishedAt: true, articleId: true, article: { select: apiSummarySelect } },
      });
      scanned = links.map((link) => ({ sortAt: link.publishedAt, sortId: link.articleId, article: link.article }));
    } else {
      const rows = await db.article.findMany({
        where: { status: "PUBLISHED", publishedAt, ...keyset("id") },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take,
        select: apiSummarySelect,
      });
      scanned = rows.map((row) => ({ sortAt: row.publishedAt, sortId: row.id, article: row }));
    }
    const page = scanned.slice(0, query.limit);
    const last = page.at(-1);
    const data = page.flatMap(({ article }) =>
      // The link rows copy status and publishedAt; a stale copy must never show an unpublished story.
      article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt <= now ? [toApiSummary({ ...article, publishedAt: article.publishedAt })] : [],
    );
    const nextCursor = scanned.length > query.limit && last?.sortAt ? encodeKeysetCursor({ at: last.sortAt.toISOString(), id: last.sortId }) : null;
    return { data, meta: { nextCursor, limit: query.limit } };
  });
}
