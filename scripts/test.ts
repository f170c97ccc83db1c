// `npm test`: every test, against a real PostgreSQL and a real Chromium.
//   0. a browser for the end-to-end tests (scripts/ensure-browser.ts), or stop at once;
//   1. a database: TEST_DATABASE_URL (wiped and migrated), or else a fresh embedded PostgreSQL
//      in a temporary folder;
//   2. vitest unit and integration tests;
//   3. the demo content, a production build (`next build`) and Playwright end-to-end tests
//      against `next start`.
// Flags: --unit (stop after vitest), --e2e (skip vitest). Other arguments name test files:
// `npm test -- --unit tests/unit/x.test.ts` or `npm test -- --e2e tests/e2e/x.spec.ts`.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { embeddedDatabaseUrl } from "../lib/db/database-url";
import { edgeCacheAvailable } from "../deploy/edge-cache/start-edge-cache";
import { canQuery } from "./embedded-database";
import { ensureBrowser } from "./ensure-browser";

const args = new Set(process.argv.slice(2).filter((arg) => arg.startsWith("--")));
const testFiles = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const TEST_EMBEDDED_PORT = Number(process.env.TEST_EMBEDDED_DB_PORT ?? 54339);

function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv): Promise<number> {
  console.log(`\n$ ${cmd} ${cmdArgs.join(" ")}`);
  const child = spawn(cmd, cmdArgs, { stdio: "inherit", env });
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function mustRun(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv) {
  const code = await run(cmd, cmdArgs, env);
  if (code !== 0) throw new Error(`${cmd} ${cmdArgs.join(" ")} failed with exit code ${code}`);
}

async function startEmbedded(): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = embeddedDatabaseUrl(TEST_EMBEDDED_PORT);
  if (await canQuery(url)) throw new Error(`Port ${TEST_EMBEDDED_PORT} is taken; set TEST_EMBEDDED_DB_PORT.`);
  const dir = mkdtempSync(join(tmpdir(), "masthead-test-db-"));
  console.log(`Starting a fresh embedded PostgreSQL for the tests (${dir}, port ${TEST_EMBEDDED_PORT})`);
  const server: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/embedded-postgres.ts", "--dir", dir, "--port", String(TEST_EMBEDDED_PORT)],
    { stdio: ["pipe", "ignore", "inherit"] },
  );
  const exited = new Promise((resolve) => server.on("exit", resolve));
  for (let i = 0; i < 120 && !(await canQuery(url)); i++) await sleep(250);
  if (!(await canQuery(url))) throw new Error("The embedded PostgreSQL for the tests did not start.");
  return {
    url,
    stop: async () => {
      server.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  // A missing browser stops the run in its first seconds, not after vitest and a build.
  const browser = args.has("--unit") ? null : await ensureBrowser(process.env);
  if (!args.has("--unit") && !browser) process.exit(1);
  // So does a missing nginx when the edge cache's spec will run (deploy/edge-cache).
  const runsEdgeSpec = !args.has("--unit") && (testFiles.length === 0 || testFiles.some((file) => file.includes("edge-cache")));
  if (runsEdgeSpec && !edgeCacheAvailable()) {
    console.error("The edge cache's end-to-end tests need nginx: sudo apt-get install -y nginx");
    process.exit(1);
  }
  const external = process.env.TEST_DATABASE_URL;
  const database = external ? { url: external, stop: async () => {} } : await startEmbedded();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_TELEMETRY_DISABLED: "1",
    // `next start` is production: it needs a session secret. This one signs test sessions only.
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "masthead-test-secret-0123456789abcdef0123456789",
    ...(external ? {} : { DATABASE_EMBEDDED: "1" }),
    ...(browser ? { CHROMIUM_PATH: browser } : {}),
  };
  console.log(`Tests use ${external ? "TEST_DATABASE_URL" : "the embedded PostgreSQL"}.`);
  try {
    if (external) await mustRun("prisma", ["migrate", "reset", "--force", "--skip-seed", "--skip-generate"], env);
    else await mustRun("prisma", ["migrate", "deploy"], env);

    if (!args.has("--e2e")) await mustRun("vitest", ["run", ...(args.has("--unit") ? testFiles : [])], env);
    if (args.has("--unit")) return;

    await mustRun("tsx", ["--conditions=react-server", "prisma/seed.ts"], env);
    await mustRun("next", ["build"], env);
    await mustRun("playwright", ["test", ...(args.has("--e2e") ? testFiles : [])], env);
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
