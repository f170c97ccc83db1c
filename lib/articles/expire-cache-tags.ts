import "server-only";
import { revalidateTag, updateTag } from "next/cache";

/**
 * Expires a tag a microsecond after the call (Next stores expiry as Date.now() + expire * 1000,
 * whole milliseconds plus this): expired for every later read, yet Next does not count the call
 * as a revalidation of the calling page, so a server action using it answers with its result
 * alone instead of rendering the whole page again (next/dist/server/web/spec-extension/
 * revalidate.js marks the page revalidated only for an expiry of exactly 0).
 */
const EXPIRE_WITHOUT_RERENDER = { expire: 0.000_001 } as const;

export type TExpireOptions = {
  /**
   * False for a server action whose client shows the change itself (posting a comment): the
   * action's answer stays small, and the caller's next load is still fresh.
   */
  rerenderCaller?: boolean;
};

/**
 * Expires cache tags at once: the next read of anything tagged is fresh, in this request too.
 * In a server action that takes updateTag (read-your-own-writes: the page the action redirects
 * to, rendered in the same response, must not show the old comment or title); elsewhere (route
 * handlers) updateTag refuses, and revalidateTag with an immediate expiry does the same for
 * later requests. Vitest runs without Next's cache (MASTHEAD_DISABLE_DATA_CACHE, as in cachedRead).
 */
export function expireCacheTags(tags: Iterable<string>, options: TExpireOptions = {}): void {
  if (process.env.MASTHEAD_DISABLE_DATA_CACHE === "1") return;
  for (const tag of new Set(tags)) {
    if (options.rerenderCaller === false) {
      revalidateTag(tag, EXPIRE_WITHOUT_RERENDER);
      continue;
    }
    try {
      updateTag(tag);
    } catch {
      revalidateTag(tag, { expire: 0 });
    }
  }
}
