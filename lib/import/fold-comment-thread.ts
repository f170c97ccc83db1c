import { MAX_COMMENT_DEPTH } from "@/lib/comments/comment-thread";
import type { TSourceComment } from "./import-types";

// Another site's threads may nest deeper than ours (depth 0, 1, 2): a reply below our deepest
// level is attached to its ancestor at the level above, so it shows under the same conversation
// with its date order intact. A reply to a comment that did not come over (spam, trash) starts
// its own thread.

export type TFoldedComment = TSourceComment & { depth: number; parentSourceId: string | null; sourceDepth: number };

export function foldCommentThread(comments: readonly TSourceComment[]): TFoldedComment[] {
  const byId = new Map(comments.map((comment) => [comment.sourceId, comment]));
  const depthOf = new Map<string, number>();
  const chainOf = (comment: TSourceComment): TSourceComment[] => {
    const chain: TSourceComment[] = [];
    const seen = new Set<string>();
    let current: TSourceComment | undefined = comment;
    while (current && !seen.has(current.sourceId)) {
      seen.add(current.sourceId);
      chain.unshift(current);
      current = current.parentSourceId ? byId.get(current.parentSourceId) : undefined;
    }
    return chain; // from the thread's root to this comment
  };
  const folded = comments.map((comment) => {
    const chain = chainOf(comment);
    const sourceDepth = chain.length - 1;
    depthOf.set(comment.sourceId, sourceDepth);
    const depth = Math.min(sourceDepth, MAX_COMMENT_DEPTH);
    const parent = depth === 0 ? null : (chain[depth - 1]?.sourceId ?? null);
    return { ...comment, depth, parentSourceId: parent, sourceDepth };
  });
  // Parents first, so rows can be inserted in order.
  return folded.sort((a, b) => a.depth - b.depth || a.createdAt.getTime() - b.createdAt.getTime());
}
