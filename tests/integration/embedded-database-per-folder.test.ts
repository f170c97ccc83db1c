// Two checkouts, two databases: each data folder gets its own embedded PostgreSQL on a free
// port recorded beside the data, even when two launchers start at once; a server that dies
// under a running app is started again (scripts/embedded-database.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { recordFileFor } from "@/scripts/embedded-database";

const root = mkdtempSync(join(tmpdir(), "masthead-two-checkouts-"));
const launchers: ChildProcess[] = [];
afterAll(async () => {
  for (const launcher of launchers) if (launcher.exitCode === null) launcher.kill("SIGTERM");
  await sleep(3_000);
  rmSync(root, { recursive: true, force: true });
});

// The app stand-in: writes its name into the database, then reports every 300 ms for `seconds`
// which names it sees (or that the database did not answer).
const APP = `
const pg = require("pg");
const [name, seconds] = process.argv.slice(1);
const url = new URL(process.env.DATABASE_URL);
const fields = { host: url.hostname, port: Number(url.port), user: "postgres", password: "postgres", database: "postgres" };
(async () => {
  const first = new pg.Client(fields);
  await first.connect();
  await first.query("create table if not exists marker (name text)");
  await first.query("insert into marker values ($1)", [name]);
  await first.end();
  console.log("port " + url.port);
  const until = Date.now() + Number(seconds) * 1000;
  while (Date.now() < until) {
    const client = new pg.Client({ ...fields, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      const { rows } = await client.query("select name from marker order by name");
      console.log("sees " + rows.map((row) => row.name).join(","));
    } catch {
      console.log("down");
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
})();
`;

type TRun = { launcher: ChildProcess; lines: string[]; exited: Promise<number> };

function launch(dir: string, name: string, seconds: number): TRun {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATABASE_EMBEDDED;
  delete env.EMBEDDED_DB_PORT;
  const launcher = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/with-database.ts", "--", process.execPath, "-e", APP, name, String(seconds)],
    { env: { ...env, EMBEDDED_DB_DIR: dir }, stdio: ["ignore", "pipe", "pipe"] },
  );
  launchers.push(launcher);
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...chunk.toString().split("\n").filter(Boolean));
  launcher.stdout?.on("data", collect);
  launcher.stderr?.on("data", collect);
  const exited = new Promise<number>((resolve) => launcher.on("exit", (code) => resolve(code ?? 1)));
  return { launcher, lines, exited };
}

describe("embedded PostgreSQL per data folder", () => {
  it("gives two folders started at once two servers, each with only its own data", async () => {
    const [first, second] = [launch(join(root, "checkout-a"), "a", 4), launch(join(root, "checkout-b"), "b", 4)];
    const [firstCode, secondCode] = await Promise.all([first.exited, second.exited]);
    expect({ firstCode, secondCode, lines: [...first.lines, ...second.lines].filter((line) => !line.startsWith("sees")) }).toMatchObject({
      firstCode: 0,
      secondCode: 0,
    });
    const port = (run: TRun) => run.lines.find((line) => line.startsWith("port "));
    expect(port(first)).toBeDefined();
    expect(port(first)).not.toBe(port(second));
    expect(first.lines.filter((line) => line.startsWith("sees"))).toContain("sees a");
    expect(first.lines).not.toContain("sees a,b");
    expect(second.lines.filter((line) => line.startsWith("sees"))).toContain("sees b");
    expect(second.lines).not.toContain("sees a,b");
    expect(first.lines.some((line) => line.includes("already running"))).toBe(false);
    expect(second.lines.some((line) => line.includes("already running"))).toBe(false);
    // Stopped cleanly: no record of a server left behind.
    expect(existsSync(recordFileFor(join(root, "checkout-a")))).toBe(false);
  }, 150_000);

  it("starts the server again when it dies under a running app", async () => {
    const dir = join(root, "checkout-c");
    const run = launch(dir, "c", 14);
    for (let i = 0; i < 450 && !run.lines.includes("sees c"); i++) await sleep(200);
    const record = JSON.parse(readFileSync(recordFileFor(dir), "utf8")) as { pid: number; port: number };
    process.kill(record.pid, "SIGKILL");
    const killedAt = run.lines.length;
    expect(await run.exited).toBe(0);
    const after = run.lines.slice(killedAt);
    expect(after.some((line) => line.includes("stopped unexpectedly; starting it again"))).toBe(true);
    // The data survived the kill and the app reads it again through the same address.
    expect(after.at(-1)).toBe("sees c");
  }, 150_000);

  it("stops the app with one line when the server keeps dying", async () => {
    const dir = join(root, "checkout-d");
    const run = launch(dir, "d", 60);
    for (let i = 0; i < 450 && !run.lines.includes("sees d"); i++) await sleep(200);
    let killed = 0;
    for (let round = 0; round < 4; round++) {
      const pid = (JSON.parse(readFileSync(recordFileFor(dir), "utf8")) as { pid: number }).pid;
      process.kill(pid, "SIGKILL");
      killed++;
      // Wait for the launcher to record its replacement (or to give up).
      for (let i = 0; i < 150 && run.launcher.exitCode === null; i++) {
        await sleep(200);
        const current = existsSync(recordFileFor(dir)) ? (JSON.parse(readFileSync(recordFileFor(dir), "utf8")) as { pid: number }).pid : null;
        if (current !== null && current !== pid) break;
      }
    }
    expect(killed).toBe(4);
    expect(await run.exited).toBe(1);
    const reasons = run.lines.filter((line) => line.includes("giving up"));
    expect(reasons).toEqual([expect.stringMatching(/^The embedded PostgreSQL \(data in .*checkout-d\) stopped 4 times within a minute; giving up\. Stopping /)]);
  }, 150_000);
});
