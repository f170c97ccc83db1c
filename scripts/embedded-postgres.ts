// The embedded PostgreSQL: PGlite (PostgreSQL 17 in wasm) served over TCP so the app, Prisma's
// CLI and psql all use the ordinary PostgreSQL protocol. Run as its own process by
// scripts/with-database.ts; see docs/decisions/0002-embedded-postgres.md.
//
//   tsx scripts/embedded-postgres.ts --dir .data/pglite --port 54329
//   tsx scripts/embedded-postgres.ts --memory --port 0     (prints the chosen port)
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { serveOverTcp } from "../lib/db/pglite-wire-server";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: ".data/pglite" },
    memory: { type: "boolean", default: false },
    port: { type: "string", default: "54329" },
  },
});

async function main() {
  let dataDir = "memory://";
  if (!values.memory) {
    dataDir = resolve(values.dir);
    // PGlite does not create missing parent folders.
    mkdirSync(dataDir, { recursive: true });
  }
  const db = await PGlite.create(dataDir);
  const server = await serveOverTcp(db, { host: "127.0.0.1", port: Number(values.port) });
  // The launcher waits for this line.
  console.log(`embedded-postgres ready 127.0.0.1:${server.port}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await db.close(); // flushes to disk; data survives a kill -9 too, but this is the clean path
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // The launcher closes our stdin when it exits, however it exits: do not outlive it.
  process.stdin.on("end", stop);
  process.stdin.resume();
}

main().catch((error) => {
  console.error("embedded-postgres failed to start:", error);
  process.exit(1);
});
