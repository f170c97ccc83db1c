import "server-only";
import { expireCacheTags } from "@/lib/articles/expire-cache-tags";
import { cacheTags } from "./cache-tags";

export type TArticleCacheScope = {
  /** The slugs the article is or was reachable at: the new one and, after a rename, the old one. */
  slugs: readonly string[];
  authorHandles: readonly (string | null)[];
  tagSlugs: readonly string[];
};

/**
 * Expires the reader pages that show an article (lib/articles/cache-tags.ts says which). Called
 * after the write commits, and only for published articles: drafts are on no reader page.
 * The tags expire at once (not "max", which would serve the old page once more): readers see an
 * edit to a published story on their next request.
 */
export function revalidateArticle(scope: TArticleCacheScope): Promise<void> {
  const tags = new Set<string>([cacheTags.articles]);
  for (const slug of scope.slugs) tags.add(cacheTags.article(slug));
  for (const handle of scope.authorHandles) if (handle) tags.add(cacheTags.author(handle));
  for (const slug of scope.tagSlugs) tags.add(cacheTags.tag(slug));
  return expireCacheTags(tags);
}
