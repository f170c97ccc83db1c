import "server-only";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { decodeKeysetCursor, encodeKeysetCursor } from "@/lib/pagination/keyset-cursor";

/** At most this many per answer; more means "reload the page" rather than a huge list. */
export const NEW_COMMENTS_PER_POLL = 50;

export type TNewComment = {
  id: string;
  parentId: string | null;
  depth: number;
  authorName: string;
  /** Plain text; the client renders it as text. */
  body: string;
  /** ISO 8601. */
  createdAt: string;
  /** The author of the comment this one answers, or null for a top-level comment. */
  inReplyTo: string | null;
};

export type TNewComments = {
  comments: TNewComment[];
  /** Where the next poll starts: the newest comment seen (or the cursor given, when none are new). */
  latestCursor: string | null;
  /** More than NEW_COMMENTS_PER_POLL arrived. */
  hasMore: boolean;
};

/**
 * Published comments (any depth) on a published article that arrived after `after` (a keyset
 * cursor from the thread page), oldest first: the live-update poll. One indexed range scan on
 * (articleId, status, createdAt, id), through the data cache keyed on the cursor, so every
 * reader polling from the same point shares one answer until the thread changes.
 */
export function listCommentsSince(articleId: string, after: string | null): Promise<TNewComments> {
  const cursor = decodeKeysetCursor(after ?? undefined);
  if (!cursor) return Promise.resolve({ comments: [], latestCursor: null, hasMore: false });
  return cachedRead(["list-comments-since", articleId, cursor.at, cursor.id], [cacheTags.comments(articleId)], async () => {
    const at = new Date(cursor.at);
    const rows = await db.comment.findMany({
      where: {
        articleId,
        status: "PUBLISHED",
        article: { status: "PUBLISHED" },
        createdAt: { gte: at },
        OR: [{ createdAt: { gt: at } }, { createdAt: at, id: { gt: cursor.id } }],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: NEW_COMMENTS_PER_POLL + 1,
      select: {
        id: true,
        parentId: true,
        depth: true,
        body: true,
        createdAt: true,
        author: { select: { name: true } },
        parent: { select: { status: true, author: { select: { name: true } } } },
      },
    });
    const shown = rows.slice(0, NEW_COMMENTS_PER_POLL);
    const last = shown.at(-1);
    return {
      comments: shown.map((row) => ({
        id: row.id,
        parentId: row.parentId,
        depth: row.depth,
        authorName: row.author.name,
        body: row.body,
        createdAt: row.createdAt.toISOString(),
        inReplyTo: row.parent ? (row.parent.status === "DELETED" ? "a deleted comment" : row.parent.author.name) : null,
      })),
      latestCursor: last ? encodeKeysetCursor({ at: last.createdAt.toISOString(), id: last.id }) : encodeKeysetCursor(cursor),
      hasMore: rows.length > NEW_COMMENTS_PER_POLL,
    };
  });
}
