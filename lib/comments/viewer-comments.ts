import type { TThreadComment } from "./comment-thread";

// What one signed-in reader sees beyond the shared, cached thread: their own comments that
// others do not see (awaiting review, or shadow-banned), which comments they liked, and which
// are theirs to edit or delete. Plain data from get-viewer-comments.ts, merged here.

export type TViewerExtraComment = TThreadComment & {
  parentId: string | null;
  /** PENDING: shown to its author marked "Awaiting review". A shadow-ban comment has no marker. */
  isAwaitingReview: boolean;
};

export type TViewerComments = {
  /** The viewer's own comments on this article that are still theirs (published, pending, shadow). */
  ownIds: string[];
  /** Own comments still inside the edit window. */
  editableIds: string[];
  /** Comments on the page the viewer liked. */
  likedIds: string[];
  /** Own comments that only the viewer sees. */
  extras: TViewerExtraComment[];
};

export const NO_VIEWER_COMMENTS: TViewerComments = { ownIds: [], editableIds: [], likedIds: [], extras: [] };

/**
 * The thread with the viewer's own unpublished comments put where they belong: a reply under its
 * parent (if that is on the page), a top-level comment on the first page, first when newest come
 * first and last otherwise. Returns new arrays; the cached page is never mutated.
 */
export function mergeViewerComments(
  comments: readonly TThreadComment[],
  extras: readonly TViewerExtraComment[],
  options: { isFirstPage: boolean; newestFirst: boolean },
): TThreadComment[] {
  const copy = (comment: TThreadComment): TThreadComment => ({ ...comment, replies: comment.replies.map(copy) });
  const merged = comments.map(copy);
  const byId = new Map<string, TThreadComment>();
  const index = (comment: TThreadComment) => {
    byId.set(comment.id, comment);
    comment.replies.forEach(index);
  };
  merged.forEach(index);
  const sorted = [...extras].sort((a, b) => a.depth - b.depth || a.createdAt.localeCompare(b.createdAt));
  const topLevel: TThreadComment[] = [];
  for (const { parentId, isAwaitingReview: _marker, ...extra } of sorted) {
    if (byId.has(extra.id)) continue;
    const node: TThreadComment = { ...extra, replies: [] };
    if (parentId === null) {
      if (!options.isFirstPage) continue;
      topLevel.push(node);
    } else {
      const parent = byId.get(parentId);
      if (!parent) continue;
      parent.replies.push(node);
      parent.replies.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    }
    byId.set(node.id, node);
  }
  return options.newestFirst ? [...topLevel.reverse(), ...merged] : [...merged, ...topLevel];
}

/** Every comment id in a thread, replies included. */
export function threadCommentIds(comments: readonly TThreadComment[]): string[] {
  return comments.flatMap((comment) => [comment.id, ...threadCommentIds(comment.replies)]);
}

/**
 * The viewer's own unpublished comments that belong to one conversation (the root and anything
 * under it), for a comment's own page.
 */
export function extrasWithin(rootId: string, comments: readonly TThreadComment[], extras: readonly TViewerExtraComment[]): TViewerExtraComment[] {
  const inside = new Set([rootId, ...threadCommentIds(comments)]);
  const found: TViewerExtraComment[] = [];
  for (const extra of [...extras].sort((a, b) => a.depth - b.depth)) {
    if (extra.id === rootId || (extra.parentId !== null && inside.has(extra.parentId))) {
      found.push(extra);
      inside.add(extra.id);
    }
  }
  return found;
}
