// One embedded PostgreSQL per data folder (docs/decisions/0002, 0015). The server for a folder
// listens on a free port (or EMBEDDED_DB_PORT) and records {pid, port} in a file beside the
// data, `<dir>.server.json`. A launcher for the same folder (`npm run db:seed` while
// `npm start` runs) uses the recorded server; a launcher for another folder (another
// checkout, the tests) never sees it, so it never serves another checkout's data.
// If the server dies while the app runs, the launcher that started it starts it again on the
// same port (the app's pool reconnects); a launcher that was only using it, or a server that
// will not come back, ends the app with one line saying why.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { z } from "zod";
import { connectionFields, embeddedDatabaseUrl } from "../lib/db/database-url";

export type TEmbeddedDatabase = {
  url: string;
  port: number;
  /** Called once if the server is lost for good; the launcher ends the app. */
  onLost: (listener: (reason: string) => void) => void;
  stop: () => Promise<void>;
};

const ZRecord = z.object({ pid: z.number().int(), port: z.number().int(), dir: z.string() });

export function recordFileFor(dir: string): string {
  return `${resolve(dir)}.server.json`;
}

export async function canQuery(url: string): Promise<boolean> {
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The live server recorded for this folder, if its process still serves this folder. */
async function recordedServer(dir: string): Promise<z.infer<typeof ZRecord> | null> {
  const file = recordFileFor(dir);
  if (!existsSync(file)) return null;
  const parsed = ZRecord.safeParse(JSON.parse(readFileSync(file, "utf8") || "null"));
  if (!parsed.success || parsed.data.dir !== resolve(dir) || !isAlive(parsed.data.pid)) return null;
  // The pid may have been reused by an unrelated process: on Linux, check what it runs.
  const cmdline = `/proc/${parsed.data.pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, "utf8").includes(resolve(dir))) return null;
  return (await canQuery(embeddedDatabaseUrl(parsed.data.port))) ? parsed.data : null;
}

/** Starts the server process and resolves with the port it listens on (from its ready line). */
function spawnServer(dir: string, port: number): { child: ChildProcess; ready: Promise<number>; exited: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/embedded-postgres.ts", "--dir", dir, "--port", String(port)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<void>((done) => child.on("exit", () => done()));
  const ready = new Promise<number>((resolveReady, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const match = /^embedded-postgres ready [\d.]+:(\d+)$/.exec(line);
      if (match) resolveReady(Number(match[1]));
      else console.log(line);
    });
    void exited.then(() => reject(new Error("The embedded PostgreSQL stopped while starting; see the messages above.")));
  });
  return { child, ready, exited };
}

export async function startEmbeddedDatabase(options: { dir: string; port?: number }): Promise<TEmbeddedDatabase> {
  const dir = resolve(options.dir);
  const existing = await recordedServer(dir);
  if (existing) {
    console.log(`Using this folder's embedded PostgreSQL, already running (data in ${dir}, port ${existing.port}).`);
    return watchBorrowed(dir, existing);
  }
  return startOwned(dir, options.port ?? 0);
}

/**
 * A server another launcher owns. If its process goes, give the owner a few seconds to start
 * it again on the same port (the record says so); otherwise report it lost.
 */
function watchBorrowed(dir: string, initial: z.infer<typeof ZRecord>): TEmbeddedDatabase {
  const listeners: ((reason: string) => void)[] = [];
  let pid = initial.pid;
  let checking = false;
  const timer = setInterval(() => {
    if (checking || isAlive(pid)) return;
    checking = true;
    void (async () => {
      for (let attempt = 0; attempt < 20; attempt++) {
        const current = await recordedServer(dir);
        if (current?.port === initial.port) {
          pid = current.pid;
          checking = false;
          return;
        }
        await sleep(500);
      }
      clearInterval(timer);
      for (const listener of listeners) listener(`The embedded PostgreSQL on port ${initial.port} (started by another command for ${dir}) has stopped.`);
    })();
  }, 1_000);
  timer.unref();
  return {
    url: embeddedDatabaseUrl(initial.port),
    port: initial.port,
    onLost: (listener) => listeners.push(listener),
    stop: async () => clearInterval(timer),
  };
}

/** Restarts allowed within RESTART_WINDOW_MS; a server that keeps dying is given up on. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

async function startOwned(dir: string, requestedPort: number): Promise<TEmbeddedDatabase> {
  console.log(`Starting the embedded PostgreSQL (data in ${dir})...`);
  let server = spawnServer(dir, requestedPort);
  const port = await server.ready;
  const url = embeddedDatabaseUrl(port);
  const record = recordFileFor(dir);
  // Written whole and renamed into place: another checkout (or a test) reading it meanwhile sees
  // the old record or the new one, never half of one.
  const writeRecord = (pid: number) => {
    writeFileSync(`${record}.${process.pid}.tmp`, `${JSON.stringify({ pid, port, dir })}\n`);
    renameSync(`${record}.${process.pid}.tmp`, record);
  };
  writeRecord(server.child.pid!);

  const listeners: ((reason: string) => void)[] = [];
  let stopping = false;
  let restartTimes: number[] = [];
  const superviseExit = (current: typeof server) => {
    void current.exited.then(async () => {
      if (stopping) return;
      const now = Date.now();
      restartTimes = [...restartTimes.filter((time) => now - time < RESTART_WINDOW_MS), now];
      if (restartTimes.length > MAX_RESTARTS) {
        for (const listener of listeners) listener(`The embedded PostgreSQL (data in ${dir}) stopped ${restartTimes.length} times within a minute; giving up.`);
        return;
      }
      console.error(`The embedded PostgreSQL (data in ${dir}) stopped unexpectedly; starting it again on port ${port}.`);
      try {
        server = spawnServer(dir, port);
        await server.ready;
        writeRecord(server.child.pid!);
        superviseExit(server);
      } catch {
        for (const listener of listeners) listener(`The embedded PostgreSQL (data in ${dir}) stopped and could not be started again on port ${port}.`);
      }
    });
  };
  superviseExit(server);
  console.log(`The embedded PostgreSQL is ready on port ${port}.`);

  return {
    url,
    port,
    onLost: (listener) => listeners.push(listener),
    stop: async () => {
      stopping = true;
      server.child.stdin?.end();
      server.child.kill("SIGTERM");
      // PGlite frees the port before it has finished writing: wait for the process itself.
      await server.exited;
      rmSync(record, { force: true });
    },
  };
}
