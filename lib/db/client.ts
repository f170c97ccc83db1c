// No "server-only" marker here: the seed, vitest and Playwright factories import this module
// directly. The domain functions that use it (lib/<concept>/) carry the marker.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { connectionFields, isEmbeddedDatabase } from "./database-url";
import { databaseUrl } from "@/lib/env";
import { logError } from "@/lib/log";
import { noteQueryFailed, noteQuerySucceeded } from "./database-health";

// One client per process. Next's dev server reloads modules, so the instance is kept on
// globalThis; in production the module is evaluated once anyway.
const globalForDb = globalThis as unknown as { masthead_db?: PrismaClient; masthead_pool?: pg.Pool };

/** A Prisma client on `url` (the primary by default; lib/db/reader-client.ts makes the replica's). */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return createClientAndPool(url).client;
}

function createClientAndPool(url: string): { client: PrismaClient; pool: pg.Pool } {
  // The pool is made here rather than by the adapter so that the few hot statements written in
  // SQL (lib/db/sql.ts) share its connections.
  const pool = new pg.Pool({
    ...connectionFields(url),
    // The embedded server runs one query at a time; more connections only queue there.
    max: isEmbeddedDatabase(url) ? 4 : Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
  });
  const adapter = new PrismaPg(pool, {
    // $disconnect() ends the pool, so scripts exit when done, as with a pool of the adapter's own.
    disposeExternalPool: true,
    // A PostgreSQL restart must cost failed requests, not the server (prisma/prisma#27641).
    // An idle connection dropped by the server is also the first sign of an outage.
    onPoolError: (error) => {
      logError("database pool error", error);
      noteQueryFailed(error);
    },
  });
  return { client: reportingHealth(new PrismaClient({ adapter })), pool };
}

// Every query tells lib/db/database-health.ts whether the database answered, so an outage is
// noticed by the first query that meets it and its end by the first that succeeds. The
// extended client has the same API; its type differs only by the (empty) extension.
function reportingHealth(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          noteQuerySucceeded();
          return result;
        } catch (error) {
          noteQueryFailed(error);
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

const primary = globalForDb.masthead_db && globalForDb.masthead_pool ? { client: globalForDb.masthead_db, pool: globalForDb.masthead_pool } : createClientAndPool(databaseUrl());
export const db: PrismaClient = primary.client;
/** The primary's connection pool, which `db` uses: for lib/db/sql.ts only. */
export const primaryPool: pg.Pool = primary.pool;
globalForDb.masthead_db = db;
globalForDb.masthead_pool = primaryPool;
