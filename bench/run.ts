// `npm run bench`: everything the speed bar talks about, measured in one run and printed as one
// table (docs/decisions/0025-edge-cache-nginx.md and 0011 hold the figures over time).
//
//   npm run bench                      # 1,000 articles and 20,000 comments
//   npm run bench -- --scale 100k      # 100,000 articles and 1,000,000 comments
//   npm run bench -- --duration 10s    # wrk time per page (default 15s)
//
// It needs wrk and nginx (apt-get install wrk nginx) and a PostgreSQL server:
// BENCH_DATABASE_URL names one to use as is, or else it creates masthead_bench_<scale> on the
// server at postgresql://postgres@127.0.0.1:5432 (migrated and filled once, kept for the next
// run). It builds Masthead when there is no build, starts `next start` alone on a free port, the
// edge cache in front of it and nginx with a saved copy of the article as the ceiling.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { freePort, startEdgeCache } from "../deploy/edge-cache/start-edge-cache";
import { benchServerEnv } from "./lib/bench-env";
import { measureCommentPath, type TCommentFigures } from "./lib/comment-path";
import { nginxAvailable, serveStaticFile } from "./lib/static-file-server";
import { measureLoad, wrkAvailable, type TLoadFigures } from "./lib/wrk";

const SCALES = { "1k": { articles: 1_000, comments: 20_000 }, "100k": { articles: 100_000, comments: 1_000_000 } } as const;
type TScale = keyof typeof SCALES;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const scale = option("scale", "1k") as TScale;
const duration = option("duration", "15s");
const commentSeconds = Number(option("comment-seconds", "15"));
const profile = process.argv.includes("--profile");

type TLoopFigures = { loopP99Ms: number; loopMaxMs: number; gcShare: number };

/** The event loop over a wrk run, from bench/lib/event-loop-monitor.cjs's one-second lines. */
function loopFigures(file: string, from: number, to: number): TLoopFigures {
  const lines = readFileSync(file, "utf8").trim().split("\n").filter(Boolean);
  const seconds = lines
    .map((line) => JSON.parse(line) as { at: number; p99: number; max: number; gcMs: number })
    .filter((second) => second.at > from && second.at <= to + 1000);
  const max = (values: number[]) => (values.length > 0 ? Math.max(...values) : Number.NaN);
  return {
    loopP99Ms: max(seconds.map((second) => second.p99)),
    loopMaxMs: max(seconds.map((second) => second.max)),
    gcShare: seconds.reduce((sum, second) => sum + second.gcMs, 0) / Math.max(1, seconds.length * 1000),
  };
}

async function ensureDatabase(): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const name = `masthead_bench_${scale}`;
  const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres" });
  await admin.connect().catch(() => {
    throw new Error("The bench needs PostgreSQL: set BENCH_DATABASE_URL, or run one at 127.0.0.1:5432 (user postgres).");
  });
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  // On one host, through the Unix socket, as docs/deploy.md advises: over loopback TCP each
  // statement's write costs the server kernel time, a third of its CPU per comment here.
  if (existsSync(`${LOCAL_SOCKET_DIR}/.s.PGSQL.5432`)) return `postgresql://postgres@localhost/${name}?host=${LOCAL_SOCKET_DIR}`;
  return `postgresql://postgres@127.0.0.1:5432/${name}`;
}

/** Where Debian's PostgreSQL puts its socket. */
const LOCAL_SOCKET_DIR = "/var/run/postgresql";

function mustRun(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function main() {
  // nginx serves both the static-file ceiling and the edge cache (deploy/edge-cache).
  const missing = [!wrkAvailable() && "wrk", !nginxAvailable() && "nginx"].filter(Boolean);
  if (missing.length > 0) throw new Error(`The bench needs ${missing.join(", ")}: apt-get install ${missing.join(" ")}`);
  const databaseUrl = await ensureDatabase();
  const env = benchServerEnv(databaseUrl);
  Object.assign(process.env, env);
  console.log(`Database: ${databaseUrl.replace(/\/\/[^@]*@/, "//")}`);
  mustRun("npx", ["prisma", "migrate", "deploy"], env);

  // The domain modules read DATABASE_URL when first imported.
  const { db } = await import("@/lib/db/client");
  const { generateDataset } = await import("./generate-large-dataset");
  const { prepareBenchArticle } = await import("./lib/bench-article");
  if ((await db.article.count({ where: { id: { startsWith: "bench-article-" } } })) === 0) {
    console.log(`Filling the database: ${SCALES[scale].articles} articles, ${SCALES[scale].comments} comments`);
    await generateDataset(SCALES[scale].articles, SCALES[scale].comments);
  }
  const article = await prepareBenchArticle();
  if (!existsSync(".next/BUILD_ID")) mustRun("npx", ["next", "build"], env);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Event-loop delay and GC time per second from inside the server; a CPU profile with --profile.
  const loopFile = join(tmpdir(), `masthead-bench-loop-${process.pid}.jsonl`);
  writeFileSync(loopFile, "");
  const profileDir = resolve("bench/profiles");
  if (profile) mkdirSync(profileDir, { recursive: true });
  const nodeOptions = [process.env.NODE_OPTIONS ?? "", `--import ${pathToFileURL(resolve("bench/lib/event-loop-monitor.mjs")).href}`].join(" ").trim();
  // Node refuses --cpu-prof in NODE_OPTIONS: the server is started with it on its command line.
  const profileFlags = profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const server = spawn(process.execPath, [...profileFlags, "node_modules/next/dist/bin/next", "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    stdio: "ignore",
    env: { ...env, NODE_OPTIONS: nodeOptions, BENCH_EVENT_LOOP_FILE: loopFile },
    detached: true,
  });
  const stopped = new Promise((resolve) => server.once("exit", resolve));
  // SIGINT lets next start exit by itself, which is when Node writes a CPU profile.
  const stopServer = async () => {
    process.kill(-server.pid!, "SIGINT");
    await stopped;
  };
  const stops: (() => Promise<void>)[] = [stopServer];
  try {
    for (let i = 0; i < 120 && !(await fetch(`${base}/robots.txt`).then((r) => r.ok, () => false)); i++) await sleep(500);
    const edge = await startEdgeCache({ backendPort: port });
    stops.push(edge.stop);
    const pages: Record<string, string> = {
      home: "/",
      article: `/articles/${article.slug}`,
      topic: article.tagPath,
      search: "/search?q=budget",
      archive: "/archive",
    };
    const rows: [string, TLoadFigures & Partial<TLoopFigures>][] = [];
    const warm = async (url: string) => {
      for (let i = 0; i < 30; i++) await fetch(url, { headers: { connection: "close" } }).then((r) => r.arrayBuffer());
    };
    for (const [name, path] of Object.entries(pages)) {
      await warm(`${base}${path}`);
      const from = Date.now();
      const figures = await measureLoad(`${base}${path}`, { duration });
      rows.push([`${name} (next start)`, { ...figures, ...loopFigures(loopFile, from, Date.now()) }]);
    }
    for (const name of ["article", "home"]) {
      await warm(`${edge.url}${pages[name]}`);
      rows.push([`${name} (edge cache)`, await measureLoad(`${edge.url}${pages[name]}`, { duration })]);
    }
    const html = await fetch(`${base}${pages.article}`).then((r) => r.text());
    const staticServer = await serveStaticFile(html);
    stops.push(staticServer.stop);
    rows.push(["article (nginx static file)", await measureLoad(staticServer.url, { duration })]);

    const posters = await db.user.findMany({
      where: { id: { startsWith: "bench-member-" } },
      select: { id: true, tokenVersion: true },
      orderBy: { id: "asc" },
    });
    const comments = await measureCommentPath({
      target: { base, articleId: article.id, slug: article.slug },
      edgeUrl: edge.url,
      posters: posters.map((poster, index) => ({ ...poster, address: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` })),
      durationSeconds: commentSeconds,
    });
    printReport(rows, comments);
    if (profile) console.log(`\nCPU profiles (open in Chrome DevTools or speedscope): ${profileDir}`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    await db.$disconnect();
  }
}

function printReport(rows: [string, TLoadFigures & Partial<TLoopFigures>][], comments: TCommentFigures) {
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  console.log(`\nMasthead bench, ${scale} (${SCALES[scale].articles} articles, ${SCALES[scale].comments} comments), wrk -t2 -c32 -d${duration}\n`);
  console.log(
    `${"page".padEnd(30)}${pad("req/s", 10)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("errors", 8)}${pad("bytes", 9)}${pad("loop p99", 10)}${pad("loop max", 10)}${pad("gc", 6)}`,
  );
  const optional = (value: number | undefined, digits: number, suffix = "") => (value === undefined || Number.isNaN(value) ? "" : `${value.toFixed(digits)}${suffix}`);
  for (const [name, figures] of rows) {
    console.log(
      `${name.padEnd(30)}${pad(figures.requestsPerSecond.toFixed(0), 10)}${pad(figures.p50Ms.toFixed(1), 9)}${pad(figures.p99Ms.toFixed(1), 9)}${pad(figures.errors, 8)}${pad(figures.bytes, 9)}` +
        `${pad(optional(figures.loopP99Ms, 1), 10)}${pad(optional(figures.loopMaxMs, 1), 10)}${pad(optional(figures.gcShare === undefined ? undefined : figures.gcShare * 100, 0, "%"), 6)}`,
    );
  }
  console.log("(loop p99 / loop max: the server's event-loop delay during the run, ms; gc: share of the run spent collecting garbage)");
  const figure = (name: string) => rows.find(([row]) => row === name)?.[1].requestsPerSecond ?? Number.NaN;
  const ratio = figure("article (edge cache)") / figure("article (nginx static file)");
  console.log(`\nedge cache / static file (article): ${(ratio * 100).toFixed(0)}% (target 50%+)`);
  console.log(`comment, server idle (median of 20): ${comments.idleMedianMs.toFixed(1)} ms (target 10 ms or less)`);
  console.log(
    `comments stored per second, 8 members for ${commentSeconds} s: ${comments.storedPerSecond.toFixed(0)} (target 500+); acknowledged ${comments.acknowledged}, stored ${comments.stored}, refused or failed ${comments.failed}, lost ${comments.lost}, doubled ${comments.doubled}`,
  );
  console.log(`new comment seen by a signed-out reader behind the edge cache after ${comments.visibleBehindEdgeMs.toFixed(0)} ms (target 1,000 ms)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
