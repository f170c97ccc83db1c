import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { assertWithinRateLimit, consumeRateLimit, deleteStaleRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import {
  accountSignInKey,
  addressSignInKey,
  clearSignInFailures,
  recordSignInFailure,
  secondsUntilSignInAllowed,
} from "@/lib/rate-limit/sign-in-throttle";
import { uniqueSuffix } from "../factories";

const RULE = { limit: 3, windowSeconds: 600 };

function freshKey(): string {
  return rateLimitKey("test", `subject-${uniqueSuffix()}`);
}

describe("fixed-window rate limits", () => {
  it("allow the limit, then refuse until the window has passed", async () => {
    const key = freshKey();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(key, RULE));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.retryAfterSeconds).toBeGreaterThan(590);
    expect(results[3]?.retryAfterSeconds).toBeLessThanOrEqual(600);

    // The window started eleven minutes ago: the next request opens a new one.
    await db.$executeRaw`UPDATE "RateLimit" SET "windowStartedAt" = "windowStartedAt" - interval '11 minutes' WHERE "key" = ${key}`;
    const afterWindow = await consumeRateLimit(key, RULE);
    expect(afterWindow).toMatchObject({ allowed: true, hits: 1 });
  });

  it("count exactly under concurrent requests", async () => {
    const key = freshKey();
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit(key, RULE)));
    expect(results.filter((result) => result.allowed)).toHaveLength(3);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).hits).toBe(12);
  });

  it("store no emails or addresses, only hashed keys", async () => {
    const email = `someone-${uniqueSuffix()}@example.com`;
    const key = rateLimitKey("sign-up:address", email);
    await consumeRateLimit(key, RULE);
    expect(key).not.toContain(email);
    expect(await db.rateLimit.count({ where: { key: { contains: email } } })).toBe(0);
  });

  it("answer over the limit with a 429 that says when to come back", async () => {
    const key = freshKey();
    for (let i = 0; i < RULE.limit; i++) await assertWithinRateLimit(key, RULE);
    const error = await assertWithinRateLimit(key, RULE).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.status).toBe(429);
    expect(isAppError(error) && error.publicMessage).toBe("Too many attempts. Try again in 10 minutes.");
  });

  it("prune rows that count nothing any more, and keep the rest", async () => {
    const stale = freshKey();
    const blocked = freshKey();
    const current = freshKey();
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await db.rateLimit.createMany({
      data: [
        { key: stale, hits: 2, windowStartedAt: twoDaysAgo },
        { key: blocked, hits: 9, windowStartedAt: twoDaysAgo, blockedUntil: new Date(Date.now() + 60_000) },
        { key: current, hits: 1 },
      ],
    });
    await deleteStaleRateLimits();
    const left = await db.rateLimit.findMany({ where: { key: { in: [stale, blocked, current] } }, select: { key: true } });
    expect(left.map((row) => row.key).sort()).toEqual([blocked, current].sort());
  });
});

describe("sign-in throttling", () => {
  it("waits after the fifth failure for an account, doubling the wait each time", async () => {
    const account = accountSignInKey(`throttled-${uniqueSuffix()}@example.com`, "198.51.100.1");
    for (let i = 0; i < 4; i++) await recordSignInFailure([account]);
    expect(await secondsUntilSignInAllowed([account])).toBe(0);

    await recordSignInFailure([account]);
    const firstWait = await secondsUntilSignInAllowed([account]);
    expect(firstWait).toBeGreaterThan(25);
    expect(firstWait).toBeLessThanOrEqual(30);

    await recordSignInFailure([account]);
    const secondWait = await secondsUntilSignInAllowed([account]);
    expect(secondWait).toBeGreaterThan(55);
    expect(secondWait).toBeLessThanOrEqual(60);
  });

  it("refuses while either the account or the address is waiting", async () => {
    const account = accountSignInKey(`free-${uniqueSuffix()}@example.com`, "198.51.100.1");
    const address = addressSignInKey(`address-${uniqueSuffix()}`);
    for (let i = 0; i < 20; i++) await recordSignInFailure([accountSignInKey(`sprayed-${uniqueSuffix()}@example.com`, "198.51.100.1"), address]);
    expect(await secondsUntilSignInAllowed([account])).toBe(0);
    expect(await secondsUntilSignInAllowed([account, address])).toBeGreaterThan(0);
  });

  it("forgets old failures once their window has passed, and everything when cleared", async () => {
    const account = accountSignInKey(`forgiven-${uniqueSuffix()}@example.com`, "198.51.100.1");
    for (let i = 0; i < 4; i++) await recordSignInFailure([account]);
    await db.$executeRaw`UPDATE "RateLimit" SET "windowStartedAt" = "windowStartedAt" - interval '16 minutes' WHERE "key" = ${account.key}`;
    await recordSignInFailure([account]);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: account.key } })).hits).toBe(1);
    expect(await secondsUntilSignInAllowed([account])).toBe(0);

    for (let i = 0; i < 5; i++) await recordSignInFailure([account]);
    expect(await secondsUntilSignInAllowed([account])).toBeGreaterThan(0);
    await clearSignInFailures(account);
    expect(await secondsUntilSignInAllowed([account])).toBe(0);
  });

  it("never shortens a running wait when failures race", async () => {
    const account = accountSignInKey(`racing-${uniqueSuffix()}@example.com`, "198.51.100.1");
    await Promise.all(Array.from({ length: 8 }, () => recordSignInFailure([account])));
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: account.key } });
    expect(row.hits).toBe(8);
    // Eight failures: 2^(8-5) × 30 s = 240 s.
    expect(await secondsUntilSignInAllowed([account])).toBeGreaterThan(230);
  });
});
