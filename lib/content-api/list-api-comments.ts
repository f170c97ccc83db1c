import "server-only";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { db } from "@/lib/db/client";
import { decodeKeysetCursor, encodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import type { TApiCommentList } from "./content-api-schemas";

/**
 * A published story's published comments, oldest first, keyset-paged on (createdAt, id) over
 * Comment(articleId, status, createdAt, id). Null when the story is not published. Cached under
 * comments(articleId) and article(slug), which the comment and moderation paths expire.
 */
export async function listApiComments(slug: string, query: { limit: number; after?: string | undefined }): Promise<TApiCommentList | null> {
  if (slug.length === 0 || slug.length > 200) return null;
  const article = await cachedRead(["content-api-comment-article", slug], [cacheTags.article(slug)], async () => {
    const row = await db.article.findUnique({ where: { slug }, select: { id: true, status: true, publishedAt: true } });
    return row && row.status === "PUBLISHED" && row.publishedAt && row.publishedAt <= new Date() ? { id: row.id } : null;
  });
  if (!article) return null;
  const cursor = decodeKeysetCursor(query.after);
  return cachedRead(
    ["content-api-comments", article.id, String(query.limit), cursor?.at ?? "", cursor?.id ?? ""],
    [cacheTags.comments(article.id), cacheTags.article(slug)],
    async () => {
      const rows = await db.comment.findMany({
        where: {
          articleId: article.id,
          status: "PUBLISHED",
          ...(cursor ? { OR: [{ createdAt: { gt: new Date(cursor.at) } }, { createdAt: new Date(cursor.at), id: { gt: cursor.id } }] } : {}),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: query.limit + 1,
        select: { id: true, parentId: true, body: true, createdAt: true, editedAt: true, likeCount: true, author: { select: { name: true } } },
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        data: page.map((row) => ({
          id: row.id,
          parentId: row.parentId,
          body: row.body,
          author: { name: row.author.name },
          createdAt: row.createdAt.toISOString(),
          editedAt: row.editedAt?.toISOString() ?? null,
          likeCount: row.likeCount,
        })),
        meta: { nextCursor: rows.length > query.limit && last ? encodeKeysetCursor({ at: last.createdAt.toISOString(), id: last.id }) : null, limit: query.limit },
      };
    },
  );
}
