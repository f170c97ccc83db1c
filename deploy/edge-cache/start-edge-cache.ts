// Starts the edge cache Masthead ships (nginx with deploy/edge-cache/nginx.conf.template) in
// front of a running Masthead, for a single machine, the tests and the bench:
//
//   npx tsx deploy/edge-cache/start-edge-cache.ts --backend 127.0.0.1:3000 --listen 127.0.0.1:6081
//
// Needs Debian's nginx package (`apt-get install nginx`). In docker-compose.yml the same template
// runs in the official nginx image. docs/decisions/0025-edge-cache-nginx.md says why.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), "nginx.conf.template");

export type TEdgeCache = { url: string; port: number; stop: () => Promise<void> };

type TEdgeCacheConfig = { listen: string; backend: string; workDir: string; cacheSize: string };

/** The nginx configuration with its placeholders filled in. */
export function renderEdgeCacheConfig(config: TEdgeCacheConfig): string {
  return readFileSync(TEMPLATE, "utf8")
    .replaceAll("__LISTEN__", config.listen)
    .replaceAll("__BACKEND__", config.backend)
    .replaceAll("__WORK_DIR__", config.workDir)
    .replaceAll("__CACHE_SIZE__", config.cacheSize);
}

export function edgeCacheAvailable(): boolean {
  return spawnSync("nginx", ["-v"], { stdio: "ignore" }).status === 0;
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

/** Starts nginx in the foreground of a child process; resolves once it answers. */
export async function startEdgeCache(options: { backendHost?: string; backendPort: number; port?: number; memory?: string }): Promise<TEdgeCache> {
  if (!edgeCacheAvailable()) throw new Error("The edge cache needs nginx: apt-get install nginx");
  const port = options.port ?? (await freePort());
  const workDir = mkdtempSync(join(tmpdir(), "masthead-edge-"));
  // Run as root, nginx's workers drop to nobody, and must still write the cache and their sockets.
  chmodSync(workDir, 0o777);
  mkdirSync(join(workDir, "cache"), { mode: 0o777 });
  chmodSync(join(workDir, "cache"), 0o777);
  const configPath = join(workDir, "nginx.conf");
  const backend = `${options.backendHost ?? "127.0.0.1"}:${options.backendPort}`;
  writeFileSync(configPath, renderEdgeCacheConfig({ listen: `127.0.0.1:${port}`, backend, workDir, cacheSize: options.memory ?? "256m" }), { mode: 0o644 });
  const child: ChildProcess = spawn("nginx", ["-e", "stderr", "-p", workDir, "-c", configPath, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr.trim()}`);
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
      if (child.exitCode === null) {
        // SIGQUIT: nginx's graceful stop, once the answers in flight are sent.
        child.kill("SIGQUIT");
        await Promise.race([exited, sleep(5_000)]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
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
