// The read-only comment thread as reader pages receive it: plain data, JSON-safe for the cache.

export type TThreadComment = {
  id: string;
  authorName: string;
  /** Plain text as the commenter wrote it; render as text, never as HTML. */
  body: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601, or null if never edited. */
  editedAt: string | null;
  /** 0 for a top-level comment, 1 and 2 for replies. */
  depth: number;
  replies: TThreadComment[];
};

export type TCommentThreadPage = {
  comments: TThreadComment[];
  /** Cursor for the next page of top-level comments, or null on the last page. */
  nextCursor: string | null;
  /** True when the page's replies hit the cap and some were left out. */
  hasHiddenReplies: boolean;
};

/** Replies are shown to this depth; deeper rows (which the write path should refuse) are ignored. */
export const MAX_COMMENT_DEPTH = 2;
