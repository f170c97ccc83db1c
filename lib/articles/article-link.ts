/** A story as a plain headline link: trending rails, related stories, previous and next. */
export type TArticleLink = {
  id: string;
  slug: string;
  title: string;
  /** ISO 8601. */
  publishedAt: string;
};

export function articlePath(article: { slug: string }): string {
  return `/articles/${encodeURIComponent(article.slug)}`;
}
