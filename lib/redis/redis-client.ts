import "server-only";
import { Redis } from "ioredis";
import { serverEnv } from "@/lib/env";
import { logError } from "@/lib/log";

// One Redis connection per process for the domain (health checks today), when REDIS_URL is
// set. Next's cache handler keeps its own (lib/cache/redis-cache-store.mjs): Next loads it
// outside the bundle, so the two cannot share a module instance.
const globalForRedis = globalThis as unknown as { masthead_redis?: Redis };

/** The shared Redis client, or null when this deployment has no Redis (a single instance). */
export function getRedis(): Redis | null {
  const url = serverEnv().REDIS_URL;
  if (!url) return null;
  if (!globalForRedis.masthead_redis) {
    const client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2_000, connectTimeout: 2_000 });
    client.on("error", (error) => logError("redis connection error", error, { component: "redis" }));
    globalForRedis.masthead_redis = client;
  }
  return globalForRedis.masthead_redis;
}
