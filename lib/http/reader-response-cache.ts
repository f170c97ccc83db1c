import { LRUCache } from "lru-cache";
import { readerRouteFor, SESSION_COOKIE_NAMES } from "@/lib/reader-routes";

// The process's own copy of the responses it gave signed-out readers, answered before Next's
// router sees the request (lib/http/serve-cached-reader-responses.ts installs it). Next answers a
// page from its full-route cache at 1-2 ms of CPU; a copy written straight to the socket costs a
// tenth of that, so one process can serve thousands of readers a second with a short tail
// (docs/decisions/0026-reader-response-cache.md).
//
// Freshness: a copy is fresh for one second; after that, one request goes to Next for a new one
// while the others get the old copy for at most two seconds more. Every tag expiry in this
// process (an edit, a publish, a comment, a moderation) empties it at once, so whoever changed
// something and everyone else on this instance see it on the next load; other instances see it
// within the second. Only what the edge cache (deploy/edge-cache) would keep is kept: reader
// pages without a session cookie, live query parameter or navigation header, answered 200 with
// `s-maxage` from Next's own cache (not stale, not just rendered), no cookie set.

export const FRESH_MS = 1_000;
export const STALE_WHILE_REFRESHING_MS = 2_000;
/** Bounds: bytes in all, and one page (a larger one is simply not kept). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

export type TCachedResponse = {
  status: number;
  /** Headers as Next wrote them, less the per-connection ones; Content-Length is the body's. */
  headers: Record<string, string | string[]>;
  body: Buffer;
  storedAt: number;
};

/** Headers Next uses to ask for a navigation payload instead of the page (app router). */
const NAVIGATION_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
const PER_CONNECTION_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

type TRequestFacts = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

function hasSessionCookie(cookie: string | string[] | undefined): boolean {
  if (!cookie) return false;
  const text = Array.isArray(cookie) ? cookie.join(";") : cookie;
  return SESSION_COOKIE_NAMES.some((name) => text.includes(`${name}=`));
}

/**
 * The key a request's answer is kept under, or null when it must go to Next: not a GET or HEAD
 * of a reader page, signed in, asking for a live page or for a navigation payload. Whether the
 * client takes gzip is part of the key (Next compresses for those that do).
 */
export function responseCacheKey(request: TRequestFacts): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "";
  const queryAt = url.indexOf("?");
  const pathname = queryAt >= 0 ? url.slice(0, queryAt) : url;
  const route = readerRouteFor(pathname);
  if (!route) return null;
  const headers = request.headers;
  if (hasSessionCookie(headers.cookie) || headers.authorization) return null;
  if (NAVIGATION_HEADERS.some((name) => headers[name] !== undefined)) return null;
  if (queryAt >= 0) {
    const query = new URLSearchParams(url.slice(queryAt + 1));
    if (route.liveQueryKeys.some((key) => query.has(key))) return null;
  }
  return `${acceptsGzip(headers["accept-encoding"]) ? "gz" : "id"} ${headers.host ?? ""} ${url}`;
}

export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const text = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  return /\bgzip\b(?!;q=0(?:\.0*)?(?:,|$))/i.test(text);
}

/**
 * Whether Next's answer may be kept: what the edge cache would keep, taken from Next's own
 * full-route cache (`x-nextjs-cache: HIT`), so never a page Next served stale or had to render.
 */
export function isKeepableResponse(status: number, headers: Record<string, unknown>): boolean {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  const cacheControl = String(headers["cache-control"] ?? "");
  if (!/\bs-maxage=\d+/.test(cacheControl) || /\b(private|no-store|no-cache)\b/.test(cacheControl)) return false;
  return String(headers["x-nextjs-cache"] ?? "").toUpperCase() === "HIT";
}

/** The headers to replay: Next's, less per-connection ones. */
export function replayableHeaders(headers: Record<string, unknown>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_CONNECTION_HEADERS.has(name)) continue;
    kept[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return kept;
}

export type TReaderResponseCache = ReturnType<typeof createReaderResponseCache>;

export function createReaderResponseCache(options: { maxBytes?: number; now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const entries = new LRUCache<string, TCachedResponse>({
    maxSize: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxEntrySize: MAX_ENTRY_BYTES,
    sizeCalculation: (entry) => entry.body.length + 512,
  });
  /** Keys whose new copy one request is fetching from Next right now. */
  const refreshing = new Set<string>();
  /** Bumped by every expiry: an answer begun before it is not kept. */
  let generation = 0;

  return {
    /**
     * What to do with a request for `key`: answer with a copy, or go to Next (`refresh`: this
     * request fetches the new copy; others are served the old one meanwhile).
     */
    lookup(key: string): { kind: "hit"; entry: TCachedResponse; stale: boolean } | { kind: "miss"; refresh: boolean } {
      const entry = entries.get(key);
      if (!entry) return { kind: "miss", refresh: !refreshing.has(key) };
      const age = now() - entry.storedAt;
      if (age < FRESH_MS) return { kind: "hit", entry, stale: false };
      if (refreshing.has(key)) {
        return age < FRESH_MS + STALE_WHILE_REFRESHING_MS ? { kind: "hit", entry, stale: true } : { kind: "miss", refresh: false };
      }
      return { kind: "miss", refresh: true };
    },
    /** Marks `key` as being fetched; returns the generation to hand back to `store`. */
    beginRefresh(key: string): number {
      refreshing.add(key);
      return generation;
    },
    endRefresh(key: string): void {
      refreshing.delete(key);
    },
    generation(): number {
      return generation;
    },
    /** Keeps an answer begun at `startedGeneration`, unless an expiry came in between. */
    store(key: string, startedGeneration: number, response: Omit<TCachedResponse, "storedAt">): boolean {
      if (startedGeneration !== generation || response.body.length > MAX_ENTRY_BYTES) return false;
      entries.set(key, { ...response, storedAt: now() });
      return true;
    },
    forget(key: string): void {
      entries.delete(key);
    },
    /** Every copy goes: something changed (called on each tag expiry in this process). */
    clear(): void {
      generation += 1;
      entries.clear();
    },
    size(): { entries: number; bytes: number } {
      return { entries: entries.size, bytes: entries.calculatedSize };
    },
  };
}

const GLOBAL_KEY = Symbol.for("masthead.readerResponseCache");

/**
 * The process's cache, shared by every bundle (instrumentation) and by the cache handler, which
 * Next loads outside its bundler and which empties it on each tag expiry.
 */
export function processReaderResponseCache(): TReaderResponseCache {
  const store = globalThis as { [GLOBAL_KEY]?: TReaderResponseCache };
  return (store[GLOBAL_KEY] ??= createReaderResponseCache({ maxBytes: configuredMaxBytes() }));
}

function configuredMaxBytes(): number {
  const megabytes = Number(process.env.READER_RESPONSE_CACHE_MB ?? "");
  return Number.isFinite(megabytes) && megabytes > 0 ? megabytes * 1024 * 1024 : DEFAULT_MAX_BYTES;
}
