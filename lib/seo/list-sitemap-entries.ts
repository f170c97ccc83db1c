import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { encodeKeysetCursor, decodeKeysetCursor, type TKeysetCursor } from "@/lib/pagination/keyset-cursor";

// What app/sitemap.ts lists: published stories (newest first), the topics and authors that have
// any, with the date of their newest story. A sitemap holds at most 50,000 addresses
// (sitemaps.org); see docs/decisions/0009-search.md for what happens beyond that.

export const SITEMAP_MAX_URLS = 50_000;
/** Topics and authors together; the rest of the sitemap is stories. */
const MAX_LISTS = 5_000;
/** Stories are read and cached in chunks, each well under the data cache's item size limit. */
const ARTICLE_CHUNK = 5_000;

export type TSitemapArticle = { slug: string; lastModified: string };
export type TSitemapList = { kind: "tag" | "author"; key: string; lastModified: string };

/** Topics and authors with at least one published story: one index probe each. */
export function listSitemapLists(): Promise<TSitemapList[]> {
  return cachedRead(["sitemap-lists"], [cacheTags.articles, cacheTags.tags], async () => {
    const rows = await db.$queryRaw<{ kind: "tag" | "author"; key: string; lastModified: Date }[]>`
      (SELECT 'tag' AS kind, t.slug AS key, latest."publishedAt" AS "lastModified"
        FROM "Tag" t
        CROSS JOIN LATERAL (
          SELECT at."publishedAt" FROM "ArticleTag" at
          WHERE at."tagId" = t.id AND at.status = 'PUBLISHED' AND at."publishedAt" <= (now() AT TIME ZONE 'UTC')
          ORDER BY at."publishedAt" DESC LIMIT 1
        ) AS latest
        ORDER BY t.slug
        LIMIT ${MAX_LISTS})
      UNION ALL
      (SELECT 'author' AS kind, u.handle AS key, latest."publishedAt" AS "lastModified"
        FROM "User" u
        CROSS JOIN LATERAL (
          SELECT aa."publishedAt" FROM "ArticleAuthor" aa
          WHERE aa."userId" = u.id AND aa.status = 'PUBLISHED' AND aa."publishedAt" <= (now() AT TIME ZONE 'UTC')
          ORDER BY aa."publishedAt" DESC LIMIT 1
        ) AS latest
        WHERE u.handle IS NOT NULL AND u.role <> 'MEMBER'
        ORDER BY u.handle
        LIMIT ${MAX_LISTS})`;
    return rows.slice(0, MAX_LISTS).map((row) => ({ kind: row.kind, key: row.key, lastModified: row.lastModified.toISOString() }));
  });
}

type TArticleChunk = { articles: TSitemapArticle[]; next: string | null };

async function readArticleChunk(cursor: TKeysetCursor | null, take: number): Promise<TArticleChunk> {
  const now = new Date();
  const cursorAt = cursor ? new Date(cursor.at) : null;
  const rows = await db.article.findMany({
    where: {
      status: "PUBLISHED",
      publishedAt: { lte: cursorAt && cursorAt < now ? cursorAt : now },
      ...(cursor && cursorAt ? { OR: [{ publishedAt: { lt: cursorAt } }, { publishedAt: cursorAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, slug: true, publishedAt: true, updatedAt: true },
  });
  const last = rows.at(-1);
  return {
    articles: rows.map((row) => ({ slug: row.slug, lastModified: row.updatedAt.toISOString() })),
    next: rows.length === take && last?.publishedAt ? encodeKeysetCursor({ at: last.publishedAt.toISOString(), id: last.id }) : null,
  };
}

/** Up to `limit` published stories, newest first, in cached keyset chunks. */
export async function listSitemapArticles(limit: number): Promise<TSitemapArticle[]> {
  const articles: TSitemapArticle[] = [];
  let cursor: string | null = null;
  while (articles.length < limit) {
    const take = Math.min(ARTICLE_CHUNK, limit - articles.length);
    const after: string | null = cursor;
    const chunk: TArticleChunk = await cachedRead(["sitemap-articles", after ?? "", String(take)], [cacheTags.articles], () =>
      readArticleChunk(after ? decodeKeysetCursor(after) : null, take),
    );
    articles.push(...chunk.articles);
    if (!chunk.next) break;
    cursor = chunk.next;
  }
  return articles;
}
