import { DEFAULT_COMMENT_SORT, type TCommentSort } from "./comment-thread";

// Addresses of the conversation's pages. The article page shows the first page in the default
// order; every other order and page lives on /articles/<slug>/comments, which may read its query
// string (the article page may not: it is served from the full-route cache).

function articleBase(articleSlug: string): string {
  return `/articles/${encodeURIComponent(articleSlug)}`;
}

/** A page of the thread: the article itself for the first page in the default order. */
export function commentsPagePath(articleSlug: string, sort: TCommentSort, after: string | null = null): string {
  if (sort === DEFAULT_COMMENT_SORT && after === null) return `${articleBase(articleSlug)}#comments`;
  const query = new URLSearchParams();
  if (sort !== DEFAULT_COMMENT_SORT) query.set("sort", sort);
  if (after !== null) query.set("after", after);
  return `${articleBase(articleSlug)}/comments?${query.toString()}#comments`;
}

/** The page of one comment's thread, with a reply form: /articles/<slug>/comments/<id>. */
export function commentPermalink(articleSlug: string, commentId: string): string {
  return `${articleBase(articleSlug)}/comments/${encodeURIComponent(commentId)}`;
}

export function editCommentPath(articleSlug: string, commentId: string): string {
  return `${commentPermalink(articleSlug, commentId)}/edit`;
}

export function reportCommentPath(articleSlug: string, commentId: string): string {
  return `${commentPermalink(articleSlug, commentId)}/report`;
}
