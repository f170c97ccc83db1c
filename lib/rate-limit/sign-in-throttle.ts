import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { DATABASE_NOW, seconds } from "./database-clock";
import { rateLimitKey } from "./rate-limit-key";
import { ACCOUNT_SIGN_IN_POLICY, ADDRESS_SIGN_IN_POLICY, throttleDelaySeconds, type TThrottlePolicy } from "./throttle-schedule";

// Sign-in failures are counted twice: per account *and* client address (the email typed,
// whether or not it has an account, so throttling reveals nothing, paired with where the
// attempt came from) and per client address. Either one under a wait refuses the attempt
// before the password is even checked. Keying the account counter by source too means a
// stranger who knows an editor's email cannot lock the editor out: the editor's own
// address has its own counter (docs/decisions/0015-hardening-operations.md).

export type TSignInThrottleKey = { key: string; policy: TThrottlePolicy };

/** The prefix every per-source counter of one account shares (cleared together by a password reset). */
function accountKeyPrefix(email: string): string {
  return `${rateLimitKey("sign-in:account", email)}@`;
}

export function accountSignInKey(email: string, address: string): TSignInThrottleKey {
  return { key: `${accountKeyPrefix(email)}${rateLimitKey("from", address)}`, policy: ACCOUNT_SIGN_IN_POLICY };
}

export function addressSignInKey(address: string): TSignInThrottleKey {
  return { key: rateLimitKey("sign-in:address", address), policy: ADDRESS_SIGN_IN_POLICY };
}

/** Seconds until sign-in may be tried again for these keys; 0 when none is waiting. */
export async function secondsUntilSignInAllowed(keys: readonly TSignInThrottleKey[]): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db.$queryRaw<{ seconds: number | null }[]>`
    SELECT CEIL(EXTRACT(EPOCH FROM (MAX("blockedUntil") - ${DATABASE_NOW})))::integer AS "seconds"
    FROM "RateLimit"
    WHERE "key" IN (${Prisma.join(keys.map((entry) => entry.key))}) AND "blockedUntil" > ${DATABASE_NOW}`;
  return Math.max(0, rows[0]?.seconds ?? 0);
}

/**
 * Counts one failure against each key and starts a wait once a key passes its free failures.
 * A counter restarts when its window has passed and no wait is running.
 */
export async function recordSignInFailure(keys: readonly TSignInThrottleKey[]): Promise<void> {
  for (const { key, policy } of keys) {
    const window = seconds(policy.windowSeconds);
    const restart = Prisma.sql`("RateLimit"."windowStartedAt" <= ${DATABASE_NOW} - ${window}
      AND ("RateLimit"."blockedUntil" IS NULL OR "RateLimit"."blockedUntil" <= ${DATABASE_NOW}))`;
    const rows = await db.$queryRaw<{ hits: number }[]>`
      INSERT INTO "RateLimit" ("key", "hits", "windowStartedAt")
      VALUES (${key}, 1, ${DATABASE_NOW})
      ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE WHEN ${restart} THEN 1 ELSE "RateLimit"."hits" + 1 END,
        "windowStartedAt" = CASE WHEN ${restart} THEN ${DATABASE_NOW} ELSE "RateLimit"."windowStartedAt" END,
        "blockedUntil" = CASE WHEN ${restart} THEN NULL ELSE "RateLimit"."blockedUntil" END
      RETURNING "hits"`;
    const delay = throttleDelaySeconds(rows[0]?.hits ?? 0, policy);
    if (delay > 0) {
      // GREATEST: two failures racing each other never shorten a wait the other one set.
      await db.$executeRaw`
        UPDATE "RateLimit"
        SET "blockedUntil" = GREATEST(COALESCE("blockedUntil", ${DATABASE_NOW}), ${DATABASE_NOW} + ${seconds(delay)})
        WHERE "key" = ${key}`;
    }
  }
}

/** After a successful sign-in the account starts afresh from that source. */
export async function clearSignInFailures(key: TSignInThrottleKey): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: key.key } });
}

/** After a password reset the account starts afresh from every source. */
export async function clearAccountSignInFailures(email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: accountKeyPrefix(email) } } });
}
