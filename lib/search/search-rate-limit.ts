import "server-only";
import { clientAddressFrom } from "@/lib/auth/request-address";
import { logError } from "@/lib/log";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { SEARCHES_PER_ADDRESS } from "@/lib/rate-limit/rules";
import { formatWait } from "@/lib/rate-limit/too-many-attempts";
import { READER_PAGE_SECONDS, READER_ROUTES, SESSION_COOKIE_NAMES } from "@/lib/reader-routes";

// The per-address limit on searches (issue 15, item 11), checked by proxy.ts before the page
// cache is reached. What a stranger spends is a query and a cache entry per NEW search; a search
// this process answered from its cache a moment ago costs nothing. So a search is counted in
// PostgreSQL (shared by every instance) unless this process has seen the same cacheable address
// within the cache's lifetime: a popular search served thousands of times a second costs no
// database round trip, while a flood of distinct texts, filtered searches and signed-in
// searches (always rendered) is counted at each request.

const SEARCH_PATH = /^\/search\/?$/;
const SEEN_MAX_ENTRIES = 10_000;
/** Next adds `_rsc=<hash>` to the requests its client router makes for a page's payload. */
const RSC_CACHE_BUSTER = "_rsc";

// Address (path and query) -> when it stops counting as "answered from the cache".
const globalForSearch = globalThis as unknown as { masthead_recentSearches?: Map<string, number> };
const recentSearches = (globalForSearch.masthead_recentSearches ??= new Map<string, number>());

const LIVE_SEARCH_KEYS = READER_ROUTES.find((route) => route.source === "/search")?.liveQueryKeys ?? [];

export type TSearchLimitRequest = { url: URL; headers: Headers; cookieNames: readonly string[] };

/** Whether the request searches for something (an empty search page runs no query). */
export function isSearchQuery(url: URL): boolean {
  if (!SEARCH_PATH.test(url.pathname)) return false;
  return [...url.searchParams.entries()].some(([key, value]) => key !== RSC_CACHE_BUSTER && value.trim() !== "");
}

/** The address a search is remembered by: its query without Next's client-navigation cache buster. */
function searchKey(url: URL): string {
  const params = new URLSearchParams(url.searchParams);
  params.delete(RSC_CACHE_BUSTER);
  return `${url.pathname}?${params.toString()}`;
}

/** Signed-out and unfiltered: served from the page cache once rendered (lib/reader-routes.ts). */
function mayBeCached(request: TSearchLimitRequest): boolean {
  if (SESSION_COOKIE_NAMES.some((name) => request.cookieNames.includes(name))) return false;
  return !LIVE_SEARCH_KEYS.some((key) => request.url.searchParams.has(key));
}

/**
 * Counts a search against its client address. Returns the seconds to wait when the address is
 * over its limit, null when the search may go on. A database failure lets the search through:
 * the limit protects the database, and the search itself will meet the same failure.
 */
export async function searchLimitWait(request: TSearchLimitRequest): Promise<number | null> {
  const now = Date.now();
  const cacheable = mayBeCached(request);
  const cacheKey = searchKey(request.url);
  if (cacheable && (recentSearches.get(cacheKey) ?? 0) > now) return null;
  try {
    const result = await consumeRateLimit(rateLimitKey("search:address", clientAddressFrom(request.headers)), SEARCHES_PER_ADDRESS);
    if (!result.allowed) return Math.max(1, result.retryAfterSeconds);
  } catch (error) {
    logError("search limit: counting failed; search let through", error);
  }
  if (cacheable) remember(cacheKey, now + READER_PAGE_SECONDS * 1000);
  return null;
}

function remember(key: string, until: number): void {
  recentSearches.delete(key);
  recentSearches.set(key, until);
  // A Map iterates in insertion order: the first keys are the least recently counted.
  while (recentSearches.size > SEEN_MAX_ENTRIES) {
    const oldest = recentSearches.keys().next().value;
    if (oldest === undefined) break;
    recentSearches.delete(oldest);
  }
}

export function tooManySearchesPage(retryAfterSeconds: number): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many searches</title></head>
<body><main><h1>Too many searches</h1>
<p>Too many searches came from your address in a short time. Try again in ${formatWait(retryAfterSeconds)}.
Meanwhile the <a href="/">front page</a> and the <a href="/archive">archive</a> work as usual.</p></main></body></html>`;
}
