// Next's incremental cache (full-route pages and unstable_cache reads) on top of a store: Redis
// when REDIS_URL is set (shared by every instance), else a bounded in-process LRU
// (docs/decisions/0018-shared-cache-and-instances.md). Tag expiry is a timestamp per tag in the
// same store: an entry made before its tag expired is a miss, on every instance at once.
import { cacheEntryPolicy, entryTags } from "./cache-entry-policy.mjs";

/**
 * @typedef {{ lastModified: number; tags: string[]; cacheControl?: unknown; value: unknown }} TCacheRecord
 * @typedef {import("./cache-entry-policy.mjs").TBucket} TBucket
 * @typedef {{
 *   readEntry(key: string): Promise<TCacheRecord | null>;
 *   writeEntry(key: string, record: TCacheRecord, seconds: number, bucket: TBucket): Promise<void>;
 *   readTagExpiries(tags: string[]): Promise<(number | null)[]>;
 *   expireTags(tags: string[], at: number): Promise<void>;
 * }} TCacheStore
 */

/** The process's reader response cache, kept under a process-wide symbol by its module. */
function readerResponseCache() {
  return /** @type {Record<symbol, { clear(): void } | undefined>} */ (globalThis)[Symbol.for("masthead.readerResponseCache")];
}

/** Prefix of a tag's second expiry, once a read replica has caught up (replicaLagMs). */
const SETTLED_PREFIX = "~settled:";

/**
 * @param {TCacheStore} store
 * @param {{ log?: (message: string, error: unknown) => void; now?: () => number; replicaLagMs?: number; serveExpired?: () => boolean }} [options]
 *   replicaLagMs: with a read replica, how far it may lag. Each expiry is repeated that much
 *   later, so a page rendered meanwhile from a replica that had not yet seen the write is
 *   rendered once more instead of being kept until it expires by time.
 *   serveExpired: whether an entry whose tag expired is still better than none, because it
 *   could not be rendered again (the database is unreachable): stale-if-error.
 */
export function createCacheCore(store, options = {}) {
  const now = options.now ?? Date.now;
  const replicaLagMs = options.replicaLagMs ?? 0;
  /** @param {string[]} tags */
  const withSettled = (tags) => (replicaLagMs > 0 ? [...tags, ...tags.map((tag) => SETTLED_PREFIX + tag)] : tags);
  const log = options.log ?? ((message, error) => console.error(`[cache] ${message}:`, error instanceof Error ? error.message : error));

  return {
    /**
     * The entry, or null when missing, unreadable, or made before one of its tags expired.
     * A store failure is a miss: the page is rendered, never an error.
     * @param {string} key @param {any} [ctx]
     */
    async get(key, ctx) {
      try {
        const record = await store.readEntry(key);
        if (!record) return null;
        const tags = [...new Set([...record.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])];
        if (tags.length > 0) {
          const expiries = await store.readTagExpiries(withSettled(tags));
          const at = now();
          const expired = expiries.some((expiry) => expiry !== null && expiry >= record.lastModified && expiry <= at);
          if (expired && !options.serveExpired?.()) return null;
        }
        return { lastModified: record.lastModified, value: record.value, cacheControl: record.cacheControl };
      } catch (error) {
        log(`reading ${key} failed; rendering instead`, error);
        return null;
      }
    },

    /** @param {string} key @param {any} value @param {any} [ctx] */
    async set(key, value, ctx) {
      if (!value) return;
      const policy = cacheEntryPolicy(key, value, ctx);
      /** @type {TCacheRecord} */
      const record = { lastModified: now(), tags: policy.tags, cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl, value };
      try {
        await store.writeEntry(key, record, policy.seconds, policy.bucket);
      } catch (error) {
        log(`keeping ${key} failed`, error);
      }
    },

    /**
     * Expires tags for every instance. Next 16's revalidateTag(tag, profile) would serve stale
     * once; Masthead only ever expires at once (lib/articles/expire-cache-tags.ts), so every
     * call is treated as immediate, except a profile that names a later `expire`.
     * @param {string | string[]} tags @param {{ expire?: number }} [durations]
     */
    async revalidateTag(tags, durations) {
      const list = typeof tags === "string" ? [tags] : [...tags];
      if (list.length === 0) return;
      const at = now() + (typeof durations?.expire === "number" ? durations.expire * 1000 : 0);
      // The process's copies of reader responses go too (lib/http/reader-response-cache.ts).
      readerResponseCache()?.clear();
      try {
        await store.expireTags(list, at);
        if (replicaLagMs > 0) await store.expireTags(list.map((tag) => SETTLED_PREFIX + tag), at + replicaLagMs);
      } catch (error) {
        // Other instances keep the old pages until they expire by time (60 s at most).
        log(`expiring tags ${list.join(", ")} failed`, error);
        throw error;
      }
    },
  };
}

export { entryTags };
