import "server-only";
import { unstable_cache } from "next/cache";
import { READ_CACHE_SECONDS } from "./cache-tags";

/**
 * What a cached read may return. unstable_cache stores results as JSON, so a Date would come
 * back as a string on a cache hit but as a Date on a miss; this type refuses Dates (and other
 * class instances) at compile time, so reads return ISO strings instead. An undefined property
 * is allowed: JSON drops it, and a missing property reads back as undefined.
 */
export type TJsonValue =
  | string
  | number
  | boolean
  | null
  | TJsonValue[]
  | { [key: string]: TJsonValue | undefined };

/**
 * Runs `read` through Next's data cache under `key`, invalidated by any of `tags` and at the
 * latest after READ_CACHE_SECONDS (or `options.revalidateSeconds`, for reads that expire by
 * time only, like the trending rails). Tests set MASTHEAD_DISABLE_DATA_CACHE=1 because
 * next/cache needs a Next server around it (vitest.config.ts).
 */
export function cachedRead<T extends TJsonValue>(
  key: string[],
  tags: string[],
  read: () => Promise<T>,
  options: { revalidateSeconds?: number } = {},
): Promise<T> {
  if (process.env.MASTHEAD_DISABLE_DATA_CACHE === "1") return read();
  return unstable_cache(read, key, { tags, revalidate: options.revalidateSeconds ?? READ_CACHE_SECONDS })();
}
