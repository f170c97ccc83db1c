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

function createPool(url: string): pg.Pool {
  return new pg.Pool({
    ...connectionFields(url),
    // The embedded server runs one query at a time; more connections only queue there.
    max: isEmbeddedDatabase(url) ? 4 : Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
  });
}

function createClientAndPool(url: string): { client: PrismaClient; pool: pg.Pool } {
  // The pool is made here rather than by the adapter so that the few hot statements written in
  // SQL (lib/db/sql.ts) share its connections.
  const pool = createPool(url);
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

// A client already on globalThis is reused (a dev reload; a test that installs a client of its
// own, such as a query-counting one, before this module loads): then with its pool if this
// module made it, else with a pool of its own for lib/db/sql.ts.
function primaryClientAndPool(): { client: PrismaClient; pool: pg.Pool } {
  const existing = globalForDb.masthead_db;
  if (!existing) return createClientAndPool(databaseUrl());
  return { client: existing, pool: globalForDb.masthead_pool ?? createPool(databaseUrl()) };
}

const primary = primaryClientAndPool();
export const db: PrismaClient = primary.client;
/** The primary's connection pool, which `db` uses: for lib/db/sql.ts only. */
export const primaryPool: pg.Pool = primary.pool;
globalForDb.masthead_db = db;
globalForDb.masthead_pool = primaryPool;
