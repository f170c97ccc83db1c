import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { ARTICLES_PER_PAGE, articleSummarySelect, toArticlePage, type TArticlePage } from "@/lib/articles/article-summary";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import type { TKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { archiveMonthBounds, type TArchiveMonth } from "./archive-month";

/**
 * A month's published stories, newest first, a page after `cursor` (null: the first page).
 * One range scan of Article(status, publishedAt DESC, id DESC) between the month's bounds.
 */
export function listMonthArticles(month: TArchiveMonth, cursor: TKeysetCursor | null = null): Promise<TArticlePage> {
  return cachedRead(
    ["list-month-articles", String(month.year), String(month.month), cursor?.at ?? "", cursor?.id ?? ""],
    [cacheTags.articles],
    async () => {
      const now = new Date();
      const { start, end } = archiveMonthBounds(month);
      const cursorAt = cursor ? new Date(cursor.at) : null;
      // The scan starts at the earliest of: the cursor, now, the month's end (exclusive).
      let upper = end.getTime() <= now.getTime() ? { lt: end } : { lte: now };
      if (cursorAt && cursorAt < end && cursorAt <= now) upper = { lte: cursorAt };
      const rows = await db.article.findMany({
        where: {
          status: "PUBLISHED",
          publishedAt: { gte: start, ...upper },
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
    },
  );
}
