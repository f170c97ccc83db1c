// Next's cacheHandler (next.config.ts): where full-route pages and unstable_cache reads live.
// Next loads this file by path at runtime, outside its bundler: plain JavaScript, no "server-only".
// With REDIS_URL: Redis, shared by every instance. Without: a bounded in-process LRU.
// `next build` always uses the LRU (a build needs no Redis). docs/decisions/0018.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createCacheCore } from "./cache-core.mjs";
import { createMemoryCacheStore } from "./memory-cache-store.mjs";
import { createCacheRedisClient, createRedisCacheStore } from "./redis-cache-store.mjs";

/** One core per process: Next makes a handler object for every request. */
const globalForCache = /** @type {{ masthead_cacheCore?: ReturnType<typeof createCacheCore> }} */ (globalThis);

/** @param {string | undefined} serverDistDir */
function buildId(serverDistDir) {
  try {
    return serverDistDir ? readFileSync(join(serverDistDir, "..", "BUILD_ID"), "utf8").trim() : "dev";
  } catch {
    return "unknown";
  }
}

/** With a read replica (lib/db/reader-client.ts), how far it may lag behind the primary. */
function replicaLagMs() {
  if (!process.env.DATABASE_REPLICA_URL) return 0;
  const lag = Number(process.env.REPLICA_MAX_LAG_MS ?? 2_000);
  return Number.isFinite(lag) && lag >= 0 ? lag : 2_000;
}

/**
 * Whether lib/db/database-health.ts has found the database unreachable (read through the
 * process-wide symbol it keeps its state under: this file is loaded outside Next's bundler).
 * Then a page whose tags expired is served as it was rather than rendered into an error.
 */
function databaseUnreachable() {
  const health = /** @type {Record<symbol, { unreachableSince: number | null } | undefined>} */ (globalThis)[Symbol.for("masthead.databaseHealth")];
  return health?.unreachableSince != null;
}

/** @param {{ serverDistDir?: string }} ctx */
function createProcessCore(ctx) {
  const url = process.env.REDIS_URL;
  const options = { replicaLagMs: replicaLagMs(), serveExpired: databaseUnreachable };
  if (url && process.env.NEXT_PHASE !== "phase-production-build") {
    const prefix = process.env.REDIS_KEY_PREFIX ?? "masthead:";
    const store = createRedisCacheStore(createCacheRedisClient(url), {
      entryPrefix: `${prefix}cache:${buildId(ctx.serverDistDir)}:`,
      tagPrefix: `${prefix}tag:`,
    });
    return createCacheCore(store, options);
  }
  return createCacheCore(createMemoryCacheStore(), options);
}

export default class MastheadCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    globalForCache.masthead_cacheCore ??= createProcessCore(ctx);
    this.core = globalForCache.masthead_cacheCore;
  }
  /** @param {string} key @param {any} ctx */
  get(key, ctx) {
    return this.core.get(key, ctx);
  }
  /** @param {string} key @param {any} data @param {any} ctx */
  set(key, data, ctx) {
    return this.core.set(key, data, ctx);
  }
  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  revalidateTag(tags, durations) {
    return this.core.revalidateTag(tags, durations);
  }
  resetRequestCache() {}
}
