import "server-only";
import type { TReaderViewer } from "@/lib/auth/reader-viewer";
import { db } from "@/lib/db/client";
import { isWithinEditWindow } from "./comment-rules";
import { SHADOW_BAN_REASON } from "./moderation/moderation-types";
import { NO_VIEWER_COMMENTS, type TViewerComments } from "./viewer-comments";

/** Own comments that only their author sees, per article; far more than any person writes. */
const MAX_OWN_COMMENTS = 200;

/**
 * The signed-in reader's additions to a thread (viewer-comments.ts): two small indexed queries,
 * never cached, never part of the shared thread. `shownIds` are the comments on the page.
 */
export async function getViewerComments(
  viewer: TReaderViewer | null,
  articleId: string,
  shownIds: readonly string[],
  now = new Date(),
): Promise<TViewerComments> {
  if (!viewer) return NO_VIEWER_COMMENTS;
  const [own, likes] = await Promise.all([
    db.comment.findMany({
      where: { articleId, authorId: viewer.id, status: { in: ["PUBLISHED", "PENDING", "HIDDEN"] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_OWN_COMMENTS,
      select: {
        id: true,
        parentId: true,
        depth: true,
        body: true,
        status: true,
        heldReason: true,
        createdAt: true,
        editedAt: true,
        likeCount: true,
        featuredAt: true,
      },
    }),
    shownIds.length > 0
      ? db.commentLike.findMany({ where: { userId: viewer.id, commentId: { in: [...shownIds] } }, select: { commentId: true } })
      : Promise.resolve([]),
  ]);
  // A comment a moderator hid is not the author's any more; a shadow-banned one still looks theirs.
  const mine = own.filter((comment) => comment.status !== "HIDDEN" || comment.heldReason === SHADOW_BAN_REASON);
  return {
    ownIds: mine.map((comment) => comment.id),
    editableIds: mine.filter((comment) => isWithinEditWindow(comment.createdAt, now)).map((comment) => comment.id),
    likedIds: likes.map((like) => like.commentId),
    extras: mine
      .filter((comment) => comment.status !== "PUBLISHED")
      .map((comment) => ({
        id: comment.id,
        parentId: comment.parentId,
        authorName: viewer.name,
        body: comment.body,
        createdAt: comment.createdAt.toISOString(),
        editedAt: comment.editedAt?.toISOString() ?? null,
        depth: comment.depth,
        likeCount: comment.likeCount,
        isFeatured: false,
        isDeleted: false,
        replies: [],
        isAwaitingReview: comment.status === "PENDING",
      })),
  };
}
