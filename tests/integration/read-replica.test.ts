import { execFileSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createArticle, uniqueSuffix } from "@/tests/factories";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// DATABASE_REPLICA_URL: reader-page reads go to the replica, everything else to the primary.
// The "replica" here is a second database migrated alike (the test's own `<name>_replica`,
// or TEST_REPLICA_DATABASE_URL), so which one answered is plain to see. Needs a PostgreSQL
// server: the embedded one has a single database.
const isEmbedded = process.env.DATABASE_EMBEDDED === "1";

function replicaUrl(): string {
  if (process.env.TEST_REPLICA_DATABASE_URL) return process.env.TEST_REPLICA_DATABASE_URL;
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname.replace(/^\//, "")}_replica`;
  return url.toString();
}

async function prepareReplica(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  // A database name cannot be a bound parameter; this one is ours, checked to be plain.
  if (exists.rowCount === 0 && /^[a-z0-9_]+$/.test(name)) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
}

describe.skipIf(isEmbedded)("reads from a replica", () => {
  let replica: PrismaClient;
  let getPublishedArticleBySlug: typeof import("@/lib/articles/get-published-article-by-slug").getPublishedArticleBySlug;

  beforeAll(async () => {
    const url = replicaUrl();
    await prepareReplica(url);
    vi.resetModules();
    vi.stubEnv("DATABASE_REPLICA_URL", url);
    delete (globalThis as { masthead_readerDb?: unknown }).masthead_readerDb;
    replica = (await import("@/lib/db/reader-client")).readerDb;
    ({ getPublishedArticleBySlug } = await import("@/lib/articles/get-published-article-by-slug"));
  }, 60_000);

  afterAll(async () => {
    await replica?.$disconnect();
    delete (globalThis as { masthead_readerDb?: unknown }).masthead_readerDb;
    vi.unstubAllEnvs();
  });

  it("serves reader pages from the replica and leaves the primary to writes", async () => {
    expect(replica).not.toBe(db);
    const slug = `only-on-the-replica-${uniqueSuffix()}`;
    const author = await replica.user.create({ data: { email: `${slug}@example.test`, name: "Replica Writer", handle: slug } });
    await replica.article.create({
      data: {
        title: "Only on the replica",
        slug,
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hello." }] }] },
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        authors: { create: [{ userId: author.id, position: 0, status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) }] },
      },
    });
    expect((await getPublishedArticleBySlug(slug))?.title).toBe("Only on the replica");
    expect(await db.article.findUnique({ where: { slug } })).toBeNull();

    // A story written through the primary is not on this (never replicating) replica.
    const onPrimary = await createArticle({ status: "PUBLISHED" });
    expect(await getPublishedArticleBySlug(onPrimary.slug)).toBeNull();
  });
});
