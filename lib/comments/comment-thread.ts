// The comment thread as reader pages receive it: plain data, JSON-safe for the cache.

export type TThreadComment = {
  id: string;
  /** Empty for a deleted comment. */
  authorName: string;
  /** Plain text as the commenter wrote it; render as text, never as HTML. Empty when deleted. */
  body: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601, or null if never edited. */
  editedAt: string | null;
  /** 0 for a top-level comment, 1 and 2 for replies. */
  depth: number;
  likeCount: number;
  /** Featured by a moderator. */
  isFeatured: boolean;
  /** Deleted, kept only as "Comment deleted" above its replies. */
  isDeleted: boolean;
  replies: TThreadComment[];
};

export const COMMENT_SORTS = ["oldest", "newest", "liked"] as const;
export type TCommentSort = (typeof COMMENT_SORTS)[number];
export const DEFAULT_COMMENT_SORT: TCommentSort = "oldest";

export type TCommentThreadPage = {
  sort: TCommentSort;
  /** False when the page starts after a cursor. */
  isFirstPage: boolean;
  comments: TThreadComment[];
  /** Featured comments, shown first; only on a first page. */
  featured: TThreadComment[];
  /** Cursor for the next page of top-level comments, or null on the last page. */
  nextCursor: string | null;
  /** True when the page's replies hit the cap and some were left out. */
  hasHiddenReplies: boolean;
  /** The newest published comment's position (a keyset cursor), where live updates start looking. */
  latestCursor: string;
};

/** Replies are shown to this depth; deeper rows (which the write path refuses) are ignored. */
export const MAX_COMMENT_DEPTH = 2;
