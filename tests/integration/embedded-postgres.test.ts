// The embedded default must keep acknowledged writes across a crash (kill -9) and a restart.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { connectionFields, embeddedDatabaseUrl } from "@/lib/db/database-url";

const port = 54400 + Math.floor(Math.random() * 500);
const url = embeddedDatabaseUrl(port);
const dir = mkdtempSync(join(tmpdir(), "masthead-embedded-test-"));
const servers: ChildProcess[] = [];

function startServer(): ChildProcess {
  const server = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/embedded-postgres.ts", "--dir", dir, "--port", String(port)],
    { stdio: ["pipe", "ignore", "inherit"] },
  );
  servers.push(server);
  return server;
}

async function connect(): Promise<pg.Client> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const client = new pg.Client(connectionFields(url));
    try {
      await client.connect();
      await client.query("select 1");
      return client;
    } catch {
      await client.end().catch(() => {});
      await sleep(250);
    }
  }
  throw new Error("embedded PostgreSQL did not answer");
}

function exited(server: ChildProcess) {
  return new Promise((resolve) => (server.exitCode !== null || server.signalCode !== null ? resolve(null) : server.on("exit", resolve)));
}

afterAll(async () => {
  for (const server of servers) server.kill("SIGKILL");
  await Promise.all(servers.map(exited));
  rmSync(dir, { recursive: true, force: true });
});

describe("embedded PostgreSQL", () => {
  it("keeps committed rows after kill -9 and a restart", async () => {
    const first = startServer();
    let client = await connect();
    await client.query("create table note (id serial primary key, body text not null)");
    await client.query("insert into note (body) values ($1), ($2)", ["first", "second"]);
    await client.end();

    first.kill("SIGKILL");
    await exited(first);

    startServer();
    client = await connect();
    const { rows } = await client.query<{ body: string }>("select body from note order by id");
    await client.end();
    expect(rows.map((row) => row.body)).toEqual(["first", "second"]);
  }, 60_000);

  // Runs on the server the previous test restarted.
  it("keeps each connection's replies its own when another connection's transaction fails", async () => {
    const clients = await Promise.all([connect(), connect(), connect()]);
    const [failing, readerA, readerB] = clients as [pg.Client, pg.Client, pg.Client];
    await failing.query("create table probe (x text primary key)");
    await failing.query("insert into probe values ('one')");

    const failingLoop = (async () => {
      for (let i = 0; i < 20; i++) {
        await failing.query("BEGIN");
        await failing.query("select $1::int", [i]);
        await expect(failing.query("insert into probe values ($1)", ["one"])).rejects.toThrow(/duplicate key/);
        await failing.query("ROLLBACK");
      }
    })();
    const readLoop = async (client: pg.Client) => {
      const wrong: unknown[] = [];
      for (let i = 0; i < 60; i++) {
        const { rows } = await client.query<{ x: string; n: number }>("select x, $1::int as n from probe where x = $2", [i, "one"]);
        if (rows.length !== 1 || rows[0]?.n !== i) wrong.push(rows);
      }
      return wrong;
    };
    const [, wrongA, wrongB] = await Promise.all([failingLoop, readLoop(readerA), readLoop(readerB)]);
    const after = await failing.query<{ v: string }>("select $1::text as v", ["still in step"]);
    await Promise.all(clients.map((client) => client.end()));

    expect(wrongA).toEqual([]);
    expect(wrongB).toEqual([]);
    expect(after.rows[0]?.v).toBe("still in step");
  }, 60_000);
});

