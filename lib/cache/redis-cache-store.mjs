// The shared cache store (REDIS_URL): every instance reads and writes the same entries and tag
// expiry times (docs/decisions/0018). Each entry has a Redis expiry, so Redis never holds more
// than a day's entries; searches and not-found answers expire within minutes. Size Redis with
// `maxmemory` and `maxmemory-policy volatile-ttl` (docs/deploy.md) as the hard cap: never
// allkeys-lru, which could evict a tag's expiry record before the entries it expires.
import { deserialize, serialize } from "node:v8";
import { Redis } from "ioredis";
import { MAX_ENTRY_SECONDS } from "./cache-entry-policy.mjs";

/**
 * @param {Redis} client
 * @param {{ entryPrefix: string; tagPrefix: string }} prefixes Entries are per build (a page's
 *   HTML names that build's scripts); tag expiries are shared by every build.
 * @returns {import("./cache-core.mjs").TCacheStore}
 */
export function createRedisCacheStore(client, prefixes) {
  const entryKey = (/** @type {string} */ key) => `${prefixes.entryPrefix}${key}`;
  const tagKey = (/** @type {string} */ tag) => `${prefixes.tagPrefix}${tag}`;
  return {
    // v8 serialization keeps what JSON would lose in a page entry: Buffers (the RSC payload)
    // and Maps (per-segment payloads).
    async readEntry(key) {
      const bytes = await client.getBuffer(entryKey(key));
      return bytes ? deserialize(bytes) : null;
    },
    async writeEntry(key, record, seconds) {
      await client.set(entryKey(key), serialize(record), "EX", seconds);
    },
    async readTagExpiries(tags) {
      const values = await client.mget(tags.map(tagKey));
      return values.map((value) => (value === null ? null : Number(value)));
    },
    async expireTags(tags, at) {
      const pipeline = client.pipeline();
      // A tag's expiry only matters to entries made before it, which live a day at most.
      for (const tag of tags) pipeline.set(tagKey(tag), String(at), "EX", MAX_ENTRY_SECONDS + 60);
      const results = await pipeline.exec();
      const failed = results?.find(([error]) => error);
      if (failed) throw failed[0];
    },
  };
}

/**
 * A client for the cache: fails fast when Redis is away (a miss renders the page) instead of
 * queueing commands for ever.
 * @param {string} url
 */
export function createCacheRedisClient(url) {
  const client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2_000, connectTimeout: 2_000, enableAutoPipelining: true });
  client.on("error", (error) => console.error("[cache] redis:", error.message));
  return client;
}
