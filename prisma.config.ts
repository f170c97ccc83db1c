// Prisma CLI configuration. Everything that makes the 6.19 CLI migrate offline lives here and
// only here; it runs in the CLI's own process, never in the app. Why each piece exists:
// docs/decisions/0001-prisma-offline-migrations.md. Drop it the day Prisma's migrate engine
// works offline again.
import { existsSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { connectionFields, embeddedDatabaseUrl, isEmbeddedDatabase } from "./lib/db/database-url";
import { serveOverTcp } from "./lib/db/pglite-wire-server";

if (existsSync(".env")) process.loadEnvFile(".env");
// Without DATABASE_URL the CLI falls back to downloading an engine (a misleading ENOTFOUND).
// `prisma generate` never connects, so the embedded address is a safe stand-in.
process.env.DATABASE_URL ??= embeddedDatabaseUrl();

// The wasm schema engine leaves ~10 s timers behind, so every command would linger after
// finishing. Unref long timers in this process only.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: () => void, ms?: number, ...args: unknown[]) => {
  // In Node a timer is an object with unref(); the DOM typings in tsconfig say number.
  const timer = originalSetTimeout(handler, ms, ...args) as unknown as NodeJS.Timeout;
  if ((ms ?? 0) >= 1000) timer.unref();
  return timer;
}) as unknown as typeof setTimeout;

// The engine's catalog queries return `char` (oid 18) and `name` (oid 19) columns, which
// adapter-pg cannot deserialize (prisma/prisma#27403). Relabel them as text.
const TEXT_OID = 25;
function relabelCatalogTypes(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = TEXT_OID;
  }
  return result;
}
class CatalogFriendlyClient extends pg.Client {
  // pg's query() has many overloads (promise and callback styles); pg-pool uses the callback one.
  // @ts-expect-error -- the overloads cannot be restated; we only post-process results.
  override query(...args: unknown[]) {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result?: pg.QueryResult) =>
        last(error, relabelCatalogTypes(result));
    }
    // @ts-expect-error -- same overloads
    const returned = super.query(...args);
    return returned instanceof Promise ? returned.then(relabelCatalogTypes) : returned;
  }
}

function poolConfig(url: string): pg.PoolConfig {
  return {
    ...connectionFields(url),
    // pg's typings cannot express a subclass that overrides query(); runtime behaviour is pg's own.
    Client: CatalogFriendlyClient as unknown as typeof pg.Client,
    max: isEmbeddedDatabase(url) ? 1 : 4,
    allowExitOnIdle: true,
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * adapter-pg splits migration scripts on every ";", which breaks function bodies ($$ ... $$).
 * PostgreSQL's simple query protocol takes the whole script at once (as one implicit
 * transaction), so send it whole.
 */
function withWholeScripts(adapter: Adapter): Adapter {
  const internals = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

/** adapter-pg drops its shadow database while its own pool is still connected; close first. */
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super(poolConfig(url));
  }

  override async connect() {
    return withWholeScripts(await super.connect());
  }

  override async connectToShadowDb() {
    if (isEmbeddedDatabase(this.url)) return connectToEmbeddedShadow();
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = withWholeScripts(await new PrismaPg({ ...poolConfig(this.url), database }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

/** PGlite has one database, so the shadow is a throwaway in-memory PGlite on its own port. */
async function connectToEmbeddedShadow() {
  const db = await PGlite.create("memory://");
  const server = await serveOverTcp(db, { host: "127.0.0.1", port: 0 });
  const adapter = withWholeScripts(await new PrismaPg(poolConfig(embeddedDatabaseUrl(server.port))).connect());
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await server.close();
    await db.close();
  };
  return adapter;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  adapter: async () => new MigrationAdapterFactory(process.env.DATABASE_URL!),
});
