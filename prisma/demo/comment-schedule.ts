import type { TDemoComment } from "./types";

export type TScheduledComment = {
  comment: TDemoComment;
  /** Index into the same list; parents always come before their replies. */
  parentIndex: number | null;
  depth: number;
  createdAt: Date;
};

const HOUR_MS = 60 * 60 * 1000;
const DISCUSSION_WINDOW_MS = 72 * HOUR_MS;

function flatten(comments: readonly TDemoComment[], parentIndex: number | null, depth: number, into: Omit<TScheduledComment, "createdAt">[]) {
  for (const comment of comments) {
    into.push({ comment, parentIndex, depth });
    flatten(comment.replies, into.length - 1, depth + 1, into);
  }
}

/**
 * Threads in reading order with timestamps spread evenly between publication and now (at most
 * three days later), so replies always follow their parents and nothing is dated in the future.
 */
export function scheduleComments(comments: readonly TDemoComment[], publishedAt: Date, now: Date): TScheduledComment[] {
  const flat: Omit<TScheduledComment, "createdAt">[] = [];
  flatten(comments, null, 0, flat);
  const window = Math.max(0, Math.min(DISCUSSION_WINDOW_MS, now.getTime() - publishedAt.getTime() - 60_000));
  return flat.map((entry, index) => ({
    ...entry,
    createdAt: new Date(publishedAt.getTime() + Math.round((window * (index + 1)) / (flat.length + 1))),
  }));
}
