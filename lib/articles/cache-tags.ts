// Names of the cached reads that reader pages use (docs/decisions/0003-reader-page-caching.md).
// Whoever changes the data expires the tags after commit with expireCacheTags (expire-cache-tags.ts):
// - publish, unpublish, edit or delete an article: articles, article(slug) (and the old slug on
//   a slug change), author(handle) of each author, tag(slug) of each tag it had or has;
// - a comment published, hidden or deleted: comments(articleId), article(slug) (comment count),
//   articles (the counts in lists);
// - an author's name, handle or bio: author(handle) and articles (bylines in lists);
// - a tag created, renamed or deleted: tags (the site navigation) and tag(slug).
export const cacheTags = {
  articles: "articles",
  tags: "tags",
  article: (slug: string) => `article:${slug}`,
  comments: (articleId: string) => `comments:${articleId}`,
  author: (handle: string) => `author:${handle}`,
  tag: (slug: string) => `tag:${slug}`,
  /** The site settings row (comment rules, default policy, auto-close). */
  siteSettings: "site-settings",
  /** Carried by every search read, so the cache keeps searches in their own bounded bucket (lib/cache). */
  search: "search",
  /** Trending rails: expire by time only (views are counted, not announced). */
  trending: "trending",
} as const;

/**
 * Upper bound on how long a cached read is served without a revalidateTag. Articles become
 * visible when publishedAt passes, which no writer announces, so lists must also expire by time.
 */
export const READ_CACHE_SECONDS = 60;
