import "server-only";
import { db } from "@/lib/db/client";
import { logError } from "@/lib/log";
import { getRedis } from "@/lib/redis/redis-client";

export type TPartHealth = "ok" | "down" | "not configured";
export type THealth = { isHealthy: boolean; database: TPartHealth; redis: TPartHealth };

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether this instance can serve: its database answers and, when it has one, its Redis does.
 * The load balancer takes an instance out of rotation while this says no (docs/deploy.md).
 */
export async function checkHealth(): Promise<THealth> {
  const redis = getRedis();
  const [database, redisHealth] = await Promise.all([
    probe("database", () => db.$queryRaw`SELECT 1`),
    redis ? probe("redis", () => redis.ping()) : Promise.resolve<TPartHealth>("not configured"),
  ]);
  return { isHealthy: database === "ok" && redisHealth !== "down", database, redis: redisHealth };
}

async function probe(part: string, check: () => Promise<unknown>): Promise<TPartHealth> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS))),
    ]);
    return "ok";
  } catch (error) {
    logError("health check failed", error, { component: "health", part });
    return "down";
  } finally {
    clearTimeout(timer);
  }
}
