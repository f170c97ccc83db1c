// Sign-in throttling: a few free mistakes, then waits that double with every further failure.
// Pure, so the schedule is unit-tested without a database (tests/unit/auth-throttle-schedule.test.ts).

export type TThrottlePolicy = {
  /** Failures allowed before the first wait. The next failure (this number) starts waiting. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** Failures older than this (and not under a wait) are forgotten. */
  windowSeconds: number;
};

/** Per account (the email typed): 5 failures in 15 minutes, then 30 s, 1 min, 2 min ... up to 15 min. */
export const ACCOUNT_SIGN_IN_POLICY: TThrottlePolicy = {
  freeFailures: 4,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  windowSeconds: 15 * 60,
};

/**
 * Per client address: more generous, because many readers can share one address (an office, a
 * university, a mobile carrier). It stops one address spraying guesses across many accounts.
 */
export const ADDRESS_SIGN_IN_POLICY: TThrottlePolicy = {
  freeFailures: 19,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  windowSeconds: 15 * 60,
};

/** How long to refuse sign-in after `failures` failures in the window: 0, or 2^(n - free - 1) × base, capped. */
export function throttleDelaySeconds(failures: number, policy: TThrottlePolicy): number {
  if (!Number.isFinite(failures) || failures <= policy.freeFailures) return 0;
  const doublings = failures - policy.freeFailures - 1;
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** Math.min(doublings, 32));
}
