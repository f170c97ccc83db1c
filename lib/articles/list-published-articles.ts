import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import type { TKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { ARTICLES_PER_PAGE, articleSummarySelect, toArticlePage, type TArticlePage } from "./article-summary";
import { cachedRead } from "./cached-read";
import { cacheTags } from "./cache-tags";

/**
 * Published stories, newest first, ARTICLES_PER_PAGE at a time, starting after `cursor`
 * (from decodeKeysetCursor; null means the first page). One range scan of
 * Article(status, publishedAt DESC, id DESC) plus one query each for bylines and their users.
 */
export function listPublishedArticles(cursor: TKeysetCursor | null = null): Promise<TArticlePage> {
  return cachedRead(["list-published-articles", cursor?.at ?? "", cursor?.id ?? ""], [cacheTags.articles], async () => {
    const now = new Date();
    const cursorAt = cursor ? new Date(cursor.at) : null;
    const rows = await db.article.findMany({
      where: {
        status: "PUBLISHED",
        // The plain upper bound lets PostgreSQL start the index scan at the cursor; the OR alone
        // would be a filter, and deep pages would rescan every newer row.
        publishedAt: { lte: cursorAt && cursorAt < now ? cursorAt : now },
        ...(cursor && cursorAt
          ? { OR: [{ publishedAt: { lt: cursorAt } }, { publishedAt: cursorAt, id: { lt: cursor.id } }] }
          : {}),
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: ARTICLES_PER_PAGE + 1,
      select: articleSummarySelect,
    });
    return toArticlePage(
      rows.map((article) => ({ article, sortAt: article.publishedAt, sortId: article.id })),
      now,
    );
  });
}
