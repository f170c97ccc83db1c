import "server-only";
import { logError } from "@/lib/log";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { VIEW_BEACONS_PER_ADDRESS } from "@/lib/rate-limit/rules";

/**
 * Counts one view beacon against its client address in PostgreSQL, so the limit holds across
 * instances (the repeat-view rule stays in memory: lib/views/view-rate-limiter.ts). Returns the
 * seconds to wait when over the limit, else null. When the database cannot count, the beacon
 * goes on: views are buffered in memory through an outage anyway.
 */
export async function viewBeaconWait(address: string): Promise<number | null> {
  try {
    const result = await consumeRateLimit(rateLimitKey("views:address", address), VIEW_BEACONS_PER_ADDRESS);
    return result.allowed ? null : Math.max(1, result.retryAfterSeconds);
  } catch (error) {
    logError("view limit: counting failed; beacon let through", error);
    return null;
  }
}
