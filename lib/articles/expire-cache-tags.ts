import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { requestRevalidation } from "@/lib/jobs/request-revalidation";

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
 * The one way a writer expires reader caches (lib/articles/cache-tags.ts): the next read of
 * anything tagged is fresh, on this instance and, through the cache handler's Redis (lib/cache),
 * on every other.
 * - In a server action it takes updateTag (read-your-own-writes: the page the action redirects
 *   to, rendered in the same response, must not show the old comment or title); in a route
 *   handler updateTag refuses, and revalidateTag with an immediate expiry does the same for
 *   later requests. Both happen before this returns, so a caller need not wait for the promise.
 * - Outside any request, Next refuses both. Inside a Next server (the job runner, the comment
 *   fast path of lib/http/fast-comment-posts.ts) the tags go straight to the process's cache
 *   handler, which is all Next's revalidateTag reaches here (no "use cache" in Masthead); from
 *   another process (an import run from the command line) they go to the server's signed
 *   revalidation route (lib/jobs/request-revalidation.ts). The promise settles when they expired.
 * Vitest runs without Next's cache (MASTHEAD_DISABLE_DATA_CACHE, as in cachedRead).
 */
export function expireCacheTags(tags: Iterable<string>, options: TExpireOptions = {}): Promise<void> {
  if (process.env.MASTHEAD_DISABLE_DATA_CACHE === "1") return Promise.resolve();
  const unique = [...new Set(tags)];
  for (const [index, tag] of unique.entries()) {
    try {
      expireTag(tag, options);
    } catch (error) {
      if (index === 0 && isOutsideRequest(error)) return expireOutsideRequest(unique);
      throw error;
    }
  }
  return Promise.resolve();
}

/** The process's cache handler core (lib/cache/next-cache-handler.mjs), once Next has made one. */
type TProcessCacheCore = { revalidateTag(tags: string[]): Promise<void> };

function expireOutsideRequest(tags: string[]): Promise<void> {
  const core = (globalThis as { masthead_cacheCore?: TProcessCacheCore }).masthead_cacheCore;
  // A store failure is logged by the core; the pages then expire by time, as with the route.
  return core ? core.revalidateTag(tags).catch(() => undefined) : requestRevalidation(tags);
}

function expireTag(tag: string, options: TExpireOptions): void {
  if (options.rerenderCaller === false) {
    revalidateTag(tag, EXPIRE_WITHOUT_RERENDER);
    return;
  }
  try {
    updateTag(tag);
  } catch {
    revalidateTag(tag, { expire: 0 });
  }
}

/** Next's refusal when there is no request around the call (next/dist/server/web/spec-extension/revalidate.js). */
function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith("Invariant: static generation store missing");
}
