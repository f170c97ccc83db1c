import { createHash, randomBytes } from "node:crypto";

// Keeps one reader from inflating a story's count, in memory and cheaply: a reader's repeat views
// of one story count once per REPEAT_WINDOW. (How many beacons one address may send at all is a
// limit in PostgreSQL, shared by every instance: lib/views/view-beacon-limit.ts.)
// Addresses are never kept as they are: only a hash salted with a random value that lives and
// dies with this process, so nothing here can be tied back to a reader after a restart, and
// nothing of it is ever written anywhere.

export type TViewRateLimits = {
  repeatWindowMs: number;
  /** Most entries kept; past it, new readers are not counted until the next prune. */
  maxEntries: number;
};

export const DEFAULT_VIEW_RATE_LIMITS: TViewRateLimits = {
  repeatWindowMs: 30 * 60 * 1000,
  maxEntries: 200_000,
};

export class ViewRateLimiter {
  private readonly salt = randomBytes(16);
  /** hash(address, article) -> when a repeat counts again. */
  private readonly repeats = new Map<string, number>();

  constructor(private readonly limits: TViewRateLimits = DEFAULT_VIEW_RATE_LIMITS) {}

  /** True if this view may count; records it as counted when it may. */
  allow(address: string, articleId: string, now: number): boolean {
    const repeatKey = this.hash(`${address}\u0000${articleId}`);
    const repeatUntil = this.repeats.get(repeatKey);
    if (repeatUntil !== undefined && repeatUntil > now) return false;
    if (repeatUntil === undefined && this.repeats.size >= this.limits.maxEntries) return false;
    this.repeats.set(repeatKey, now + this.limits.repeatWindowMs);
    return true;
  }

  /** Forgets entries whose windows have passed; called with each flush. */
  prune(now: number): void {
    for (const [key, until] of this.repeats) if (until <= now) this.repeats.delete(key);
  }

  private hash(value: string): string {
    return createHash("sha256").update(this.salt).update(value).digest("base64url").slice(0, 22);
  }
}
