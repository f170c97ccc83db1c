import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { encodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { DEFAULT_COMMENT_SORT, type TCommentSort, type TCommentThreadPage } from "./comment-thread";
import { decodeCommentCursor, encodeCommentCursor, type TCommentCursor } from "./comment-cursor";
import { listReplies } from "./list-replies";
import { nestReplies } from "./nest-replies";
import { threadCommentSelect, toFlatReply, toThreadComment, type TThreadCommentRow } from "./thread-comment-row";

export const TOP_LEVEL_COMMENTS_PER_PAGE = 20;
/** Featured comments lifted to the top of a first page. */
export const FEATURED_COMMENTS_SHOWN = 3;
/** Deleted comments kept as placeholders for their replies, per page (bounds the extra query). */
const DELETED_PLACEHOLDERS_PER_PAGE = 50;

// Keyset windows per order. "after" excludes the cursor's row; "up to" includes it.
function afterCursor(cursor: TCommentCursor): Prisma.CommentWhereInput {
  if (cursor.sort === "liked") {
    const { likes, id } = cursor;
    return { likeCount: { lte: likes }, OR: [{ likeCount: { lt: likes } }, { likeCount: likes, id: { gt: id } }] };
  }
  const at = new Date(cursor.at);
  // The plain bound starts the index scan at the cursor; the OR settles ties on createdAt.
  return cursor.sort === "oldest"
    ? { createdAt: { gte: at }, OR: [{ createdAt: { gt: at } }, { createdAt: at, id: { gt: cursor.id } }] }
    : { createdAt: { lte: at }, OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: cursor.id } }] };
}

function upToCursor(cursor: TCommentCursor): Prisma.CommentWhereInput {
  if (cursor.sort === "liked") {
    return { OR: [{ likeCount: { gt: cursor.likes } }, { likeCount: cursor.likes, id: { lte: cursor.id } }] };
  }
  const at = new Date(cursor.at);
  return cursor.sort === "oldest"
    ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lte: cursor.id } }] }
    : { OR: [{ createdAt: { gt: at } }, { createdAt: at, id: { gte: cursor.id } }] };
}

function orderFor(sort: TCommentSort): Prisma.CommentOrderByWithRelationInput[] {
  if (sort === "liked") return [{ likeCount: "desc" }, { id: "asc" }];
  const direction = sort === "oldest" ? "asc" : "desc";
  return [{ createdAt: direction }, { id: direction }];
}

function cursorOf(sort: TCommentSort, row: { id: string; createdAt: Date; likeCount: number }): TCommentCursor {
  return sort === "liked" ? { sort, likes: row.likeCount, id: row.id } : { sort, at: row.createdAt.toISOString(), id: row.id };
}

function compareRows(sort: TCommentSort) {
  return (a: TThreadCommentRow, b: TThreadCommentRow): number => {
    if (sort === "liked") return b.likeCount - a.likeCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const byTime = a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return sort === "oldest" ? byTime : -byTime;
  };
}

export type TListCommentsOptions = {
  sort?: TCommentSort;
  /** An encoded cursor from a previous page's nextCursor; missing or invalid means the first page. */
  after?: string | null;
};

/**
 * Published comments under an article, a page of top-level comments in the chosen order (oldest
 * first by default) after the cursor, each with its published replies nested two levels deep.
 * Deleted comments that still have replies stay as placeholders ("Comment deleted"). A first
 * page also carries the featured comments. Five indexed queries whatever the thread's size:
 * the top-level page, the placeholders in the same window, all of the page's replies at once
 * (list-replies.ts), the featured comments and the newest comment (for live updates).
 */
export function listArticleComments(articleId: string, options: TListCommentsOptions = {}): Promise<TCommentThreadPage> {
  const sort = options.sort ?? DEFAULT_COMMENT_SORT;
  const cursor = decodeCommentCursor(sort, options.after);
  const cursorKey = cursor ? encodeCommentCursor(cursor) : "";
  return cachedRead(["list-article-comments", articleId, sort, cursorKey], [cacheTags.comments(articleId)], () =>
    readThreadPage(articleId, sort, cursor),
  );
}

async function readThreadPage(articleId: string, sort: TCommentSort, cursor: TCommentCursor | null): Promise<TCommentThreadPage> {
  const topLevel = { articleId, parentId: null } satisfies Prisma.CommentWhereInput;
  const topRows = await db.comment.findMany({
    where: { ...topLevel, status: "PUBLISHED", ...(cursor ? afterCursor(cursor) : {}) },
    orderBy: orderFor(sort),
    take: TOP_LEVEL_COMMENTS_PER_PAGE + 1,
    select: threadCommentSelect,
  });
  const hasMore = topRows.length > TOP_LEVEL_COMMENTS_PER_PAGE;
  const shown = topRows.slice(0, TOP_LEVEL_COMMENTS_PER_PAGE);
  const last = shown.at(-1);
  const lastCursor = hasMore && last ? cursorOf(sort, last) : null;

  // Deleted top-level comments in this page's window, so their replies keep their place.
  const window: Prisma.CommentWhereInput[] = [cursor ? afterCursor(cursor) : {}, lastCursor ? upToCursor(lastCursor) : {}];
  const [deletedRows, featuredRows, newest] = await Promise.all([
    db.comment.findMany({
      where: { ...topLevel, status: "DELETED", AND: window },
      orderBy: orderFor(sort),
      take: DELETED_PLACEHOLDERS_PER_PAGE,
      select: threadCommentSelect,
    }),
    cursor
      ? Promise.resolve([])
      : db.comment.findMany({
          where: { ...topLevel, status: "PUBLISHED", featuredAt: { not: null } },
          orderBy: [{ featuredAt: "desc" }, { id: "desc" }],
          take: FEATURED_COMMENTS_SHOWN,
          select: threadCommentSelect,
        }),
    db.comment.findFirst({
      where: { articleId, status: "PUBLISHED" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, createdAt: true },
    }),
  ]);

  const rows = [...shown, ...deletedRows].sort(compareRows(sort));
  const { replies, isTruncated } = await listReplies(rows.map((row) => row.id));
  const comments = nestReplies(
    rows.map((row) => toThreadComment(row, 0)),
    replies.map(toFlatReply),
  );
  return {
    sort,
    isFirstPage: cursor === null,
    comments,
    featured: featuredRows.map((row) => toThreadComment(row, 0)),
    nextCursor: lastCursor ? encodeCommentCursor(lastCursor) : null,
    hasHiddenReplies: isTruncated,
    // On an empty thread, live updates start from the beginning of time.
    latestCursor: encodeKeysetCursor(newest ? { at: newest.createdAt.toISOString(), id: newest.id } : { at: new Date(0).toISOString(), id: "0" }),
  };
}
