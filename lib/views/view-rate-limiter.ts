import { createHash, randomBytes } from "node:crypto";

// Keeps one client from inflating the counts, in memory and cheaply: a reader's repeat views of
// one story count once per REPEAT_WINDOW, and one address counts at most PER_ADDRESS_LIMIT
// views per ADDRESS_WINDOW (generous: offices and phone networks share addresses).
// Addresses are never kept as they are: only a hash salted with a random value that lives and
// dies with this process, so nothing here can be tied back to a reader after a restart, and
// nothing of it is ever written anywhere.

export type TViewRateLimits = {
  repeatWindowMs: number;
  addressWindowMs: number;
  perAddressLimit: number;
  /** Most entries kept per map; past it, new clients are not counted until the next prune. */
  maxEntries: number;
};

export const DEFAULT_VIEW_RATE_LIMITS: TViewRateLimits = {
  repeatWindowMs: 30 * 60 * 1000,
  addressWindowMs: 60 * 60 * 1000,
  perAddressLimit: 120,
  maxEntries: 200_000,
};

type TAddressWindow = { startedAt: number; count: number };

export class ViewRateLimiter {
  private readonly salt = randomBytes(16);
  /** hash(address, article) -> when a repeat counts again. */
  private readonly repeats = new Map<string, number>();
  /** hash(address) -> this hour's count. */
  private readonly addresses = new Map<string, TAddressWindow>();

  constructor(private readonly limits: TViewRateLimits = DEFAULT_VIEW_RATE_LIMITS) {}

  /** True if this view may count; records it as counted when it may. */
  allow(address: string, articleId: string, now: number): boolean {
    const addressKey = this.hash(address);
    const repeatKey = this.hash(`${address}\u0000${articleId}`);
    const repeatUntil = this.repeats.get(repeatKey);
    if (repeatUntil !== undefined && repeatUntil > now) return false;

    let window = this.addresses.get(addressKey);
    if (!window || window.startedAt + this.limits.addressWindowMs <= now) {
      if (!window && this.addresses.size >= this.limits.maxEntries) return false;
      window = { startedAt: now, count: 0 };
      this.addresses.set(addressKey, window);
    }
    if (window.count >= this.limits.perAddressLimit) return false;
    if (repeatUntil === undefined && this.repeats.size >= this.limits.maxEntries) return false;

    window.count += 1;
    this.repeats.set(repeatKey, now + this.limits.repeatWindowMs);
    return true;
  }

  /** Forgets entries whose windows have passed; called with each flush. */
  prune(now: number): void {
    for (const [key, until] of this.repeats) if (until <= now) this.repeats.delete(key);
    for (const [key, window] of this.addresses) {
      if (window.startedAt + this.limits.addressWindowMs <= now) this.addresses.delete(key);
    }
  }

  private hash(value: string): string {
    return createHash("sha256").update(this.salt).update(value).digest("base64url").slice(0, 22);
  }
}
