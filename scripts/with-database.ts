// Runs a command with a database ready: DATABASE_URL if set, otherwise the embedded PostgreSQL
// (started here, data under .data/pglite, stopped when the command ends).
//
//   tsx scripts/with-database.ts [--migrate] [--seed] [--banner] -- <command...>
//
// --migrate applies committed migrations (prisma migrate deploy) first; --seed loads the demo
// content when the database has no users; --banner prints the URL and demo sign-ins once the
// command (next start / next dev) is listening. See docs/decisions/0002-embedded-postgres.md.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { connectionFields, embeddedDatabaseUrl, embeddedPort } from "../lib/db/database-url";
import { DEMO_SIGN_INS } from "../prisma/demo/demo-sign-ins";

if (existsSync(".env")) process.loadEnvFile(".env");

const separator = process.argv.indexOf("--");
const flags = new Set(process.argv.slice(2, separator === -1 ? undefined : separator));
const command = separator === -1 ? [] : process.argv.slice(separator + 1);

function run(cmd: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const [file, ...args] = cmd;
  if (!file) throw new Error("with-database: no command given after --");
  return spawn(file, args, { stdio: "inherit", env, shell: false });
}

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ ...connectionFields(url), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function startEmbedded(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = embeddedPort();
  const url = embeddedDatabaseUrl(port);
  if (await canQuery(url)) {
    console.log(`Using the embedded PostgreSQL already running on port ${port}.`);
    return { url, stop: async () => {} };
  }
  const dir = process.env.EMBEDDED_DB_DIR ?? ".data/pglite";
  console.log(`Starting the embedded PostgreSQL (data in ${dir}, port ${port})...`);
  const server = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/embedded-postgres.ts", "--dir", dir, "--port", String(port)],
    { stdio: ["pipe", "inherit", "inherit"] },
  );
  const exited = exitCode(server);
  // pg_isready says "no response" even when it works: probe with a real query.
  for (let attempt = 0; attempt < 120; attempt++) {
    if (await canQuery(url)) break;
    if (server.exitCode !== null) throw new Error("The embedded PostgreSQL stopped while starting; see the messages above.");
    await sleep(250);
  }
  if (!(await canQuery(url))) throw new Error("The embedded PostgreSQL did not start within 30 seconds.");
  return {
    url,
    stop: async () => {
      server.stdin?.end();
      server.kill("SIGTERM");
      // PGlite frees the port before it has finished writing: wait for the process itself.
      await exited;
    },
  };
}

/**
 * This launcher is for local installs (demo, development): keep a random session secret in
 * .data/ so sign-ins survive restarts. A deployment that runs `next start` itself must set
 * NEXTAUTH_SECRET, or the server refuses to start (lib/env.ts).
 */
function localAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = ".data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const usesEmbedded = !process.env.DATABASE_URL;
  const database = usesEmbedded ? await startEmbedded() : { url: process.env.DATABASE_URL!, stop: async () => {} };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    ...(usesEmbedded ? { DATABASE_EMBEDDED: "1" } : {}),
    NEXTAUTH_SECRET: localAuthSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  let child: ChildProcess | undefined;
  const forward = (signal: NodeJS.Signals) => child?.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);

  let code = 0;
  try {
    if (flags.has("--migrate")) {
      code = await exitCode(run(["prisma", "migrate", "deploy"], env));
      if (code !== 0) throw new Error("Applying database migrations failed; see the messages above.");
    }
    if (flags.has("--seed")) {
      code = await exitCode(run(["tsx", "--conditions=react-server", "prisma/seed.ts", "--if-empty"], env));
      if (code !== 0) throw new Error("Loading the demo content failed; see the messages above.");
    }
    if (command.length > 0) {
      child = run(command, env);
      if (flags.has("--banner")) void printBannerWhenListening();
      code = await exitCode(child);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = code || 1;
  } finally {
    await database.stop();
  }
  process.exit(code);
}

async function printBannerWhenListening() {
  const port = Number(process.env.PORT ?? 3000);
  const url = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  const rows = DEMO_SIGN_INS.map((s) => `  ${s.role.padEnd(8)} ${s.email.padEnd(28)} ${s.password}`);
  console.log(
    [
      "",
      `Masthead is running at ${url}`,
      "",
      "Demo sign-ins (role, email, password):",
      ...rows,
      "",
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
