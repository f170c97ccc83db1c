import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { ARTICLES_PER_PAGE, articleSummarySelect, toArticlePage, type TArticlePage } from "@/lib/articles/article-summary";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import type { TKeysetCursor } from "@/lib/pagination/keyset-cursor";

/**
 * An author's published stories, newest first, a page after `cursor` (null: the first page).
 * One range scan of ArticleAuthor(userId, status, publishedAt DESC, articleId DESC),
 * then the page's articles and bylines by primary key.
 */
export function listAuthorArticles(author: { id: string; handle: string }, cursor: TKeysetCursor | null = null): Promise<TArticlePage> {
  return cachedRead(
    ["list-author-articles", author.id, cursor?.at ?? "", cursor?.id ?? ""],
    [cacheTags.articles, cacheTags.author(author.handle)],
    async () => {
      const now = new Date();
      const cursorAt = cursor ? new Date(cursor.at) : null;
      const links = await db.articleAuthor.findMany({
        where: {
          userId: author.id,
          status: "PUBLISHED",
          // See list-published-articles.ts: the plain bound is what starts the scan at the cursor.
          publishedAt: { lte: cursorAt && cursorAt < now ? cursorAt : now },
          ...(cursor && cursorAt
            ? { OR: [{ publishedAt: { lt: cursorAt } }, { publishedAt: cursorAt, articleId: { lt: cursor.id } }] }
            : {}),
        },
        orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
        take: ARTICLES_PER_PAGE + 1,
        select: { publishedAt: true, articleId: true, article: { select: articleSummarySelect } },
      });
      return toArticlePage(
        links.map((link) => ({ article: link.article, sortAt: link.publishedAt, sortId: link.articleId })),
        now,
      );
    },
  );
}
