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
