import "server-only";
import { revalidateTag, updateTag } from "next/cache";

/**
 * Expires cache tags at once: the next read of anything tagged is fresh, in this request too.
 * In a server action that takes updateTag (read-your-own-writes: the page the action redirects
 * to, rendered in the same response, must not show the old comment or title); elsewhere (route
 * handlers) updateTag refuses, and revalidateTag with an immediate expiry does the same for
 * later requests. Vitest runs without Next's cache (MASTHEAD_DISABLE_DATA_CACHE, as in cachedRead).
 */
export function expireCacheTags(tags: Iterable<string>): void {
  if (process.env.MASTHEAD_DISABLE_DATA_CACHE === "1") return;
  for (const tag of new Set(tags)) {
    try {
      updateTag(tag);
    } catch {
      revalidateTag(tag, { expire: 0 });
    }
  }
}
