// How long each kind of Next cache entry is kept, and in which bucket (docs/decisions/0018).
// Plain JavaScript: Next loads the cache handler by path at runtime, outside its bundler.

/** A 404 page, or a read that found nothing (an unknown slug): kept briefly, never for long. */
export const NOT_FOUND_SECONDS = 10;
/** Search results: one entry per query text, so they get their own, smaller bucket. */
export const SEARCH_SECONDS = 120;
/** The longest any entry lives, whatever its revalidate time says. */
export const MAX_ENTRY_SECONDS = 24 * 60 * 60;
/** Tag carried by every search read (lib/articles/cache-tags.ts `search`). */
export const SEARCH_TAG = "search";

const TAGS_HEADER = "x-next-cache-tags";

/**
 * @typedef {"brief" | "search" | "main"} TBucket
 * @typedef {{ bucket: TBucket; seconds: number; tags: string[] }} TEntryPolicy
 */

/**
 * The bucket, lifetime and tags of a value Next asks us to keep.
 * @param {string} key
 * @param {any} value Next's IncrementalCacheValue (APP_PAGE, APP_ROUTE, FETCH, ...)
 * @param {any} ctx Next's set context (tags for FETCH, cacheControl for pages)
 * @returns {TEntryPolicy}
 */
export function cacheEntryPolicy(key, value, ctx) {
  const tags = entryTags(value, ctx);
  if (isNotFound(value)) return { bucket: "brief", seconds: NOT_FOUND_SECONDS, tags };
  if (tags.includes(SEARCH_TAG)) return { bucket: "search", seconds: SEARCH_SECONDS, tags };
  return { bucket: "main", seconds: lifetimeSeconds(value, ctx), tags };
}

/** @param {any} value @param {any} ctx @returns {string[]} */
export function entryTags(value, ctx) {
  if (value?.kind === "FETCH") return Array.isArray(ctx?.tags) ? ctx.tags : Array.isArray(value.tags) ? value.tags : [];
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") return header.split(",").filter(Boolean);
  if (Array.isArray(header)) return header;
  return [];
}

/** @param {any} value */
function isNotFound(value) {
  if (value?.kind === "APP_PAGE" || value?.kind === "APP_ROUTE") return value.status === 404;
  // unstable_cache keeps a read's result as JSON: "null" is a lookup that found nothing.
  if (value?.kind === "FETCH") return value.data?.body === "null";
  return false;
}

/**
 * Stale entries are served once while Next renders a fresh one in the background, so an entry
 * outlives its revalidate time: ten times it, at least a minute, at most a day.
 * @param {any} value @param {any} ctx
 */
function lifetimeSeconds(value, ctx) {
  const revalidate = value?.kind === "FETCH" ? value.revalidate : ctx?.cacheControl?.revalidate;
  if (typeof revalidate !== "number" || revalidate <= 0) return MAX_ENTRY_SECONDS;
  return Math.min(MAX_ENTRY_SECONDS, Math.max(60, revalidate * 10));
}
