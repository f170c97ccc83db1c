import { afterEach, describe, expect, it, vi } from "vitest";
import { shouldSkipRedisTests, testRedisUrl } from "@/tests/setup/test-redis";

// The health endpoint's check against the real database and Redis, and against a Redis that
// is not there (port 1). Each case loads the modules afresh with its own REDIS_URL.
async function checkWith(redisUrl: string | undefined) {
  vi.resetModules();
  vi.stubEnv("REDIS_URL", redisUrl);
  const { checkHealth } = await import("@/lib/health/check-health");
  const { getRedis } = await import("@/lib/redis/redis-client");
  try {
    return await checkHealth();
  } finally {
    getRedis()?.disconnect();
    delete (globalThis as { masthead_redis?: unknown }).masthead_redis;
  }
}

const skipRedis = await shouldSkipRedisTests();

describe("checkHealth", () => {
  afterEach(() => vi.unstubAllEnvs());

  it.skipIf(skipRedis)("is healthy with the database and Redis up", async () => {
    expect(await checkWith(testRedisUrl(1))).toEqual({ isHealthy: true, database: "ok", redis: "ok" });
  });

  it("is healthy without Redis configured (a single instance)", async () => {
    expect(await checkWith(undefined)).toEqual({ isHealthy: true, database: "ok", redis: "not configured" });
  });

  it("is unhealthy when the configured Redis does not answer", async () => {
    const health = await checkWith("redis://127.0.0.1:1/0");
    expect(health).toMatchObject({ isHealthy: false, database: "ok", redis: "down" });
  });
});
