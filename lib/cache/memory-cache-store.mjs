// The cache store of a single instance (no REDIS_URL): three LRUs bounded in bytes, so no
// client can fill the memory or the disk with distinct searches or unknown addresses
// (issue 15, "Bounded caches"; docs/decisions/0018). Nothing is written to disk.
import { LRUCache } from "lru-cache";
import { MAX_ENTRY_SECONDS } from "./cache-entry-policy.mjs";

/** @typedef {{ mainBytes: number; searchBytes: number; briefBytes: number }} TMemoryLimits */

/** Default caps: 64 MiB for pages and reads, 8 MiB for searches, 4 MiB for not-found answers. */
export const DEFAULT_MEMORY_LIMITS = { mainBytes: 64 << 20, searchBytes: 8 << 20, briefBytes: 4 << 20 };

/**
 * Entries are kept as objects (no serialization on each hit, as Next's own memory cache does);
 * their size is the bytes of the strings and buffers they hold, which is nearly all of a page.
 * @param {number} maxSize
 */
function lru(maxSize) {
  return new LRUCache({ maxSize, maxEntrySize: maxSize, sizeCalculation: (/** @type {unknown} */ record) => Math.max(1, estimateBytes(record, 0)), ttlAutopurge: false });
}

/** @param {unknown} value @param {number} depth @returns {number} */
export function estimateBytes(value, depth) {
  if (typeof value === "string") return value.length;
  if (value === null || typeof value !== "object" || depth > 8) return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  let total = 16;
  if (value instanceof Map) {
    for (const [key, item] of value) total += estimateBytes(key, depth + 1) + estimateBytes(item, depth + 1);
    return total;
  }
  for (const [key, item] of Object.entries(value)) total += key.length + estimateBytes(item, depth + 1);
  return total;
}

/** @param {TMemoryLimits} [limits] @returns {import("./cache-core.mjs").TCacheStore & { stats(): { bytes: number; entries: number; maxBytes: number } }} */
export function createMemoryCacheStore(limits = DEFAULT_MEMORY_LIMITS) {
  const buckets = { main: lru(limits.mainBytes), search: lru(limits.searchBytes), brief: lru(limits.briefBytes) };
  /** Tag expiry times; pruned of those older than any entry can be. */
  const tagExpiries = new Map();

  return {
    async readEntry(key) {
      for (const bucket of Object.values(buckets)) {
        const record = bucket.get(key);
        if (record) return record;
      }
      return null;
    },
    async writeEntry(key, record, seconds, bucketName) {
      for (const [name, bucket] of Object.entries(buckets)) if (name !== bucketName) bucket.delete(key);
      buckets[bucketName].set(key, record, { ttl: seconds * 1000 });
    },
    async readTagExpiries(tags) {
      return tags.map((tag) => tagExpiries.get(tag) ?? null);
    },
    async expireTags(tags, at) {
      for (const tag of tags) tagExpiries.set(tag, at);
      if (tagExpiries.size > 10_000) {
        const oldest = Date.now() - MAX_ENTRY_SECONDS * 1000;
        for (const [tag, time] of tagExpiries) if (time < oldest) tagExpiries.delete(tag);
      }
    },
    stats() {
      const all = Object.values(buckets);
      return {
        bytes: all.reduce((sum, bucket) => sum + bucket.calculatedSize, 0),
        entries: all.reduce((sum, bucket) => sum + bucket.size, 0),
        maxBytes: limits.mainBytes + limits.searchBytes + limits.briefBytes,
      };
    },
  };
}
