// Starts the edge cache Masthead ships (Varnish with deploy/edge-cache/masthead.vcl) in front of
// a running Masthead, for a single machine, the tests and the bench:
//
//   npx tsx deploy/edge-cache/start-edge-cache.ts --backend 127.0.0.1:3000 --listen 127.0.0.1:6081
//
// Needs Debian's varnish package (`apt-get install varnish`). In docker-compose.yml the same
// VCL runs in the official Varnish image. docs/decisions/0021-edge-cache-varnish.md says why.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";

const VCL_TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), "masthead.vcl");

export type TEdgeCache = { url: string; port: number; stop: () => Promise<void> };

/** The VCL with the backend filled in (the template's __BACKEND_HOST__ / __BACKEND_PORT__). */
export function renderEdgeCacheVcl(backendHost: string, backendPort: number): string {
  return readFileSync(VCL_TEMPLATE, "utf8").replaceAll("__BACKEND_HOST__", backendHost).replaceAll("__BACKEND_PORT__", String(backendPort));
}

export function varnishAvailable(): boolean {
  return spawnSync("varnishd", ["-V"], { stdio: "ignore" }).status === 0;
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts varnishd in the foreground of a child process; resolves once it answers. */
export async function startEdgeCache(options: { backendHost?: string; backendPort: number; port?: number; memory?: string }): Promise<TEdgeCache> {
  if (!varnishAvailable()) throw new Error("The edge cache needs Varnish: apt-get install varnish");
  const port = options.port ?? (await freePort());
  const workDir = mkdtempSync(join(tmpdir(), "masthead-edge-"));
  // varnishd drops root for its own users, which must still read the VCL.
  chmodSync(workDir, 0o755);
  const vclPath = join(workDir, "masthead.vcl");
  writeFileSync(vclPath, renderEdgeCacheVcl(options.backendHost ?? "127.0.0.1", options.backendPort), { mode: 0o644 });
  const child: ChildProcess = spawn(
    "varnishd",
    ["-F", "-a", `127.0.0.1:${port}`, "-f", vclPath, "-n", join(workDir, "varnish"), "-s", `malloc,${options.memory ?? "256m"}`,
      // A page is small; more worker threads than the default minimum help under 32+ connections.
      "-p", "thread_pool_min=50", "-p", "thread_pools=2"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`varnishd exited: ${stderr.trim()}`);
    const answer = await fetch(`${url}/robots.txt`, { headers: { connection: "close" } }).catch(() => null);
    if (answer) {
      await answer.arrayBuffer();
      break;
    }
    await sleep(100);
  }
  return {
    url,
    port,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [backendHost, backendPort] = (argument("backend") ?? "127.0.0.1:3000").split(":");
  const [, listenPort] = (argument("listen") ?? "127.0.0.1:6081").split(":");
  startEdgeCache({ backendHost, backendPort: Number(backendPort), port: Number(listenPort) }).then(
    (edge) => {
      console.log(`Edge cache on ${edge.url}, in front of http://${backendHost}:${backendPort}. Ctrl+C stops it.`);
      const stop = () => void edge.stop().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
