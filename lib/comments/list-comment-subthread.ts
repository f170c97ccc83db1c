import "server-only";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import type { TThreadComment } from "./comment-thread";
import { listReplies } from "./list-replies";
import { isAuthorControlled } from "./load-own-comment";
import { nestReplies } from "./nest-replies";
import { threadCommentSelect, toFlatReply, toThreadComment } from "./thread-comment-row";

/**
 * The top-level comment whose conversation holds `commentId`, for the comment's own page: the
 * comment itself if it is top-level, else its parent or grandparent. Null when the comment is
 * not on this article or not visible to the viewer (others see published and deleted-with-
 * replies comments; an author also sees their own held or shadow-banned ones).
 */
export async function findThreadRootId(articleId: string, commentId: string, viewerId: string | null): Promise<string | null> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      articleId: true,
      authorId: true,
      status: true,
      heldReason: true,
      parentId: true,
      parent: { select: { parentId: true } },
    },
  });
  if (!comment || comment.articleId !== articleId) return null;
  const isPublic = comment.status === "PUBLISHED" || comment.status === "DELETED";
  const isOwnVisible = viewerId !== null && comment.authorId === viewerId && isAuthorControlled(comment);
  if (!isPublic && !isOwnVisible) return null;
  return comment.parent?.parentId ?? comment.parentId ?? commentId;
}

/**
 * One top-level comment with its published replies, as the thread shows it ([] when it is not
 * published, or deleted without replies). Cached under the thread's tag. Two queries.
 */
export function listCommentSubthread(articleId: string, rootId: string): Promise<TThreadComment[]> {
  return cachedRead(["list-comment-subthread", articleId, rootId], [cacheTags.comments(articleId)], async () => {
    const root = await db.comment.findFirst({
      where: { id: rootId, articleId, parentId: null, status: { in: ["PUBLISHED", "DELETED"] } },
      select: threadCommentSelect,
    });
    if (!root) return [];
    const { replies } = await listReplies([root.id]);
    return nestReplies([toThreadComment(root, 0)], replies.map(toFlatReply));
  });
}
