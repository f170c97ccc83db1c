import "server-only";
import { expireCacheTags } from "@/lib/articles/expire-cache-tags";

/**
 * Expires the reader caches that show an article after a workflow change has committed.
 * Takes the tags ready-made (the runner also sends them to its own server, lib/jobs); expires
 * at once, like lib/articles/revalidate-article.ts, so an unpublished story is not served again.
 * Vitest runs without Next's cache (MASTHEAD_DISABLE_DATA_CACHE, as in cachedRead).
 */
export function revalidateWorkflowArticle(tags: readonly string[]): void {
  if (process.env.MASTHEAD_DISABLE_DATA_CACHE === "1") return;
  expireCacheTags(tags);
}
