// No "server-only" marker here: the seed, vitest and Playwright factories import this module
// directly. The domain functions that use it (lib/<concept>/) carry the marker.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { connectionFields, isEmbeddedDatabase } from "./database-url";
import { databaseUrl } from "@/lib/env";
import { logError } from "@/lib/log";
import { noteQueryFailed, noteQuerySucceeded } from "./database-health";

// One client per process. Next's dev server reloads modules, so the instance is kept on
// globalThis; in production the module is evaluated once anyway.
const globalForDb = globalThis as unknown as { masthead_db?: PrismaClient };

/** A Prisma client on `url` (the primary by default; lib/db/reader-client.ts makes the replica's). */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const adapter = new PrismaPg(
    {
      ...connectionFields(url),
      // The embedded server runs one query at a time; more connections only queue there.
      max: isEmbeddedDatabase(url) ? 4 : Number(process.env.DATABASE_POOL_SIZE ?? 10),
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 10_000,
    },
    {
      // A PostgreSQL restart must cost failed requests, not the server (prisma/prisma#27641).
      // An idle connection dropped by the server is also the first sign of an outage.
      onPoolError: (error) => {
        logError("database pool error", error);
        noteQueryFailed(error);
      },
    },
  );
  return reportingHealth(new PrismaClient({ adapter }));
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

export const db: PrismaClient = globalForDb.masthead_db ?? createPrismaClient();
globalForDb.masthead_db = db;
