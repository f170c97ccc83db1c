import { Redis } from "ioredis";

// Tests use Redis databases of their own (TEST_REDIS_DB, default 5) on the machine's Redis, and
// empty them when done. `.ci/run` starts Redis when it is not running.
export const TEST_REDIS_BASE_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const FIRST_DB = Number(process.env.TEST_REDIS_DB ?? 5);

/** The address of test Redis database `FIRST_DB + offset`. */
export function testRedisUrl(offset = 0): string {
  return `${TEST_REDIS_BASE_URL}/${FIRST_DB + offset}`;
}

export async function flushTestRedis(offset = 0): Promise<void> {
  const client = new Redis(testRedisUrl(offset), { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  await client.flushdb();
  client.disconnect();
}

/**
 * Whether the machine's Redis answers. CI always has one (.ci/run starts it) and must not skip;
 * elsewhere the Redis tests skip with a note rather than fail on a machine without Redis, so
 * the README's `npm test` still passes there.
 */
export async function shouldSkipRedisTests(): Promise<boolean> {
  if (process.env.CI) return false;
  const client = new Redis(testRedisUrl(0), { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1_000, retryStrategy: () => null });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
    return false;
  } catch {
    console.warn(`No Redis at ${TEST_REDIS_BASE_URL}: skipping the tests that need one (redis-server --daemonize yes).`);
    return true;
  } finally {
    client.disconnect();
  }
}
