import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import type { TArticleLink } from "@/lib/articles/article-link";

/** The newest published stories with a video: the video rail's filler when few are being read. */
export async function latestVideoArticlesAt(now: Date, limit: number): Promise<TArticleLink[]> {
  const rows = await db.article.findMany({
    // Walks Article(status, publishedAt DESC, id DESC) newest first until `limit` have a video.
    where: { status: "PUBLISHED", publishedAt: { lte: now }, videoUrl: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, slug: true, title: true, publishedAt: true },
  });
  return rows.flatMap((row) =>
    row.publishedAt ? [{ id: row.id, slug: row.slug, title: row.title, publishedAt: row.publishedAt.toISOString() }] : [],
  );
}
