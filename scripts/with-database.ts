// Runs a command with a database ready: DATABASE_URL if set, otherwise the embedded PostgreSQL
// of this checkout's data folder (EMBEDDED_DB_DIR, default .data/pglite): started here on a
// free port (or EMBEDDED_DB_PORT) and stopped when the command ends, or, when a command of
// this checkout already runs it, shared (scripts/embedded-database.ts).
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
import { DEMO_SIGN_INS } from "../prisma/demo/demo-sign-ins";
import { startEmbeddedDatabase, type TEmbeddedDatabase } from "./embedded-database";

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

function embeddedOptions(): { dir: string; port?: number } {
  const raw = process.env.EMBEDDED_DB_PORT;
  const port = raw ? Number(raw) : undefined;
  if (port !== undefined && (!Number.isInteger(port) || port <= 0 || port > 65535)) {
    throw new Error(`EMBEDDED_DB_PORT must be a TCP port number, got "${raw}"`);
  }
  return { dir: process.env.EMBEDDED_DB_DIR ?? ".data/pglite", port };
}

async function main() {
  const usesEmbedded = !process.env.DATABASE_URL;
  const embedded: TEmbeddedDatabase | null = usesEmbedded ? await startEmbeddedDatabase(embeddedOptions()) : null;
  const database = embedded ?? { url: process.env.DATABASE_URL!, stop: async () => {} };
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
  embedded?.onLost((reason) => {
    // One clear line, then the app goes too: serving 500s without a database helps nobody.
    console.error(`${reason} Stopping ${command[0] ?? "the command"}; run it again to start a fresh embedded PostgreSQL.`);
    code = 1;
    child?.kill("SIGTERM");
  });
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
      code = (await exitCode(child)) || code;
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
