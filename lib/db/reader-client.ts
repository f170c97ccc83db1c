// The client for reader-page reads (the cached reads under lib/articles, authors, tags, search,
// archive, trending, feeds, the sitemap, the site settings readers' pages use, and the public
// comment thread with its replies): the read replica when DATABASE_REPLICA_URL is set, else
// the primary. Everything else (writes, staff screens, sign-in, and every read
// that must see a write just made) uses `db` from ./client, the primary.
// A replica lags a little: the cache expires tags a second time once that lag has passed
// (lib/cache/cache-core.mjs, REPLICA_MAX_LAG_MS), so a page rendered from a replica that had
// not yet seen a write is not kept. docs/decisions/0018-shared-cache-and-instances.md.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";
import { createPrismaClient, db } from "./client";

const globalForReplica = globalThis as unknown as { masthead_readerDb?: PrismaClient };

function createReaderClient(): PrismaClient {
  const replicaUrl = serverEnv().DATABASE_REPLICA_URL;
  return replicaUrl ? createPrismaClient(replicaUrl) : db;
}

export const readerDb: PrismaClient = globalForReplica.masthead_readerDb ?? createReaderClient();
globalForReplica.masthead_readerDb = readerDb;
