import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { encodeKeysetCursor, type TKeysetCursor } from "@/lib/pagination/keyset-cursor";
import type { TCommentThreadPage, TThreadComment } from "./comment-thread";
import { listReplies } from "./list-replies";
import { nestReplies } from "./nest-replies";

export const TOP_LEVEL_COMMENTS_PER_PAGE = 20;

const commentSelect = {
  id: true,
  body: true,
  createdAt: true,
  editedAt: true,
  author: { select: { name: true } },
} satisfies Prisma.CommentSelect;

type TCommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

function toThreadFields(row: TCommentRow): Omit<TThreadComment, "depth" | "replies"> {
  return {
    id: row.id,
    authorName: row.author.name,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
  };
}

/**
 * Published comments under an article: a page of top-level comments, oldest first, after `cursor`
 * (null: the first page), each with its published replies nested two levels deep.
 * Three queries whatever the thread's size: the top-level page, the commenters' names, and all
 * of the page's replies at once (list-replies.ts).
 */
export function listArticleComments(articleId: string, cursor: TKeysetCursor | null = null): Promise<TCommentThreadPage> {
  return cachedRead(
    ["list-article-comments", articleId, cursor?.at ?? "", cursor?.id ?? ""],
    [cacheTags.comments(articleId)],
    async () => {
      const cursorAt = cursor ? new Date(cursor.at) : null;
      const topRows = await db.comment.findMany({
        where: {
          articleId,
          status: "PUBLISHED",
          parentId: null,
          // The plain bound starts the index scan at the cursor; the OR settles ties on createdAt.
          ...(cursor && cursorAt
            ? {
                createdAt: { gte: cursorAt },
                OR: [{ createdAt: { gt: cursorAt } }, { createdAt: cursorAt, id: { gt: cursor.id } }],
              }
            : {}),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: TOP_LEVEL_COMMENTS_PER_PAGE + 1,
        select: commentSelect,
      });
      const hasMore = topRows.length > TOP_LEVEL_COMMENTS_PER_PAGE;
      const shown = topRows.slice(0, TOP_LEVEL_COMMENTS_PER_PAGE);
      const last = shown.at(-1);
      const { replies, isTruncated } = await listReplies(shown.map((row) => row.id));

      const comments: TThreadComment[] = shown.map((row) => ({ ...toThreadFields(row), depth: 0, replies: [] }));
      nestReplies(
        comments,
        replies.map((reply) => ({
          ...toThreadFields({ ...reply, author: { name: reply.authorName } }),
          parentId: reply.parentId,
          depth: reply.depth,
        })),
      );
      return {
        comments,
        nextCursor: hasMore && last ? encodeKeysetCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
        hasHiddenReplies: isTruncated,
      };
    },
  );
}
