import { MAX_COMMENT_DEPTH, type TThreadComment } from "./comment-thread";

type TFlatReply = Omit<TThreadComment, "replies"> & { parentId: string | null };

/**
 * Hangs replies (oldest first) under their parents, in place. A reply whose parent is not shown
 * (hidden, or past the reply cap) is dropped with its own replies: a reply without the comment
 * it answers reads as nonsense. Deleted comments left without replies are dropped too: they are
 * kept only so their replies still read in context.
 */
export function nestReplies(topLevel: TThreadComment[], replies: TFlatReply[]): TThreadComment[] {
  const byId = new Map<string, TThreadComment>(topLevel.map((comment) => [comment.id, comment]));
  // Shallower replies first, so every parent is in the map before its replies look for it, even
  // when timestamps are out of order (imported comments, clock skew).
  for (let depth = 1; depth <= MAX_COMMENT_DEPTH; depth++) {
    for (const { parentId, ...reply } of replies) {
      if (reply.depth !== depth || parentId === null) continue;
      const parent = byId.get(parentId);
      if (!parent || parent.depth !== depth - 1) continue;
      const node: TThreadComment = { ...reply, replies: [] };
      parent.replies.push(node);
      byId.set(node.id, node);
    }
  }
  return pruneDeleted(topLevel);
}

function pruneDeleted(comments: TThreadComment[]): TThreadComment[] {
  const kept = comments.filter((comment) => {
    comment.replies = pruneDeleted(comment.replies);
    return !comment.isDeleted || comment.replies.length > 0;
  });
  comments.splice(0, comments.length, ...kept);
  return comments;
}
