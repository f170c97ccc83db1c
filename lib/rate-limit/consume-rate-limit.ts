import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { DATABASE_NOW, seconds } from "./database-clock";
import { tooManyAttemptsError } from "./too-many-attempts";

export type TRateLimitRule = {
  /** Requests allowed in one window. */
  limit: number;
  windowSeconds: number;
};

export type TRateLimitResult = { allowed: boolean; hits: number; retryAfterSeconds: number };

// One upsert per request: the row is created, counted, or restarted when its window has passed,
// atomically, so concurrent requests from many server processes count exactly.
export async function consumeRateLimit(key: string, rule: TRateLimitRule): Promise<TRateLimitResult> {
  const rows = await db.$queryRaw<{ hits: number; retryAfterSeconds: number }[]>(rateLimitUpsert(key, rule));
  const row = rows[0];
  if (!row) throw new Error(`rate limit upsert returned no row for ${key}`);
  pruneOccasionally();
  return { allowed: row.hits <= rule.limit, hits: row.hits, retryAfterSeconds: row.retryAfterSeconds };
}

/**
 * The counting statement, returning "hits" and "retryAfterSeconds": for a caller that counts
 * inside a larger statement (lib/comments/comment-statements.ts) and then calls
 * pruneOccasionally() itself.
 */
export function rateLimitUpsert(key: string, rule: TRateLimitRule): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "RateLimit" ("key", "hits", "windowStartedAt")
    VALUES (${key}, 1, ${DATABASE_NOW})
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimit"."windowStartedAt" <= ${DATABASE_NOW} - ${seconds(rule.windowSeconds)}
        THEN 1 ELSE "RateLimit"."hits" + 1 END,
      "windowStartedAt" = CASE WHEN "RateLimit"."windowStartedAt" <= ${DATABASE_NOW} - ${seconds(rule.windowSeconds)}
        THEN ${DATABASE_NOW} ELSE "RateLimit"."windowStartedAt" END
    RETURNING "hits",
      GREATEST(0, CEIL(EXTRACT(EPOCH FROM ("windowStartedAt" + ${seconds(rule.windowSeconds)} - ${DATABASE_NOW}))))::integer
        AS "retryAfterSeconds"`;
}

/** Counts one request; over the limit, throws the "Too many attempts" AppError (429). */
export async function assertWithinRateLimit(key: string, rule: TRateLimitRule): Promise<void> {
  const result = await consumeRateLimit(key, rule);
  if (!result.allowed) throw tooManyAttemptsError(result.retryAfterSeconds, key);
}

const STALE_AFTER_SECONDS = 24 * 60 * 60;

/** Rows whose window ended a day ago and that block nothing: they count nothing any more. */
export async function deleteStaleRateLimits(): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "RateLimit"
    WHERE "windowStartedAt" < ${DATABASE_NOW} - ${seconds(STALE_AFTER_SECONDS)}
      AND ("blockedUntil" IS NULL OR "blockedUntil" < ${DATABASE_NOW})`;
}

// The table only grows by one row per key (an address, an email), so an occasional sweep from
// the requests themselves keeps it small without a scheduler.
const PRUNE_PROBABILITY = 1 / 200;

export function pruneOccasionally(): void {
  if (Math.random() >= PRUNE_PROBABILITY) return;
  deleteStaleRateLimits().catch((error: unknown) => logError("rate limit: pruning failed", error));
}
