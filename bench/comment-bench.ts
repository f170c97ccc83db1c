// The comment path alone, for working on it: `next start` on one port against one database,
// then the figures bench/run.ts prints for comments (bench/lib/comment-path.ts), plus the
// server's CPU time per comment, which stays meaningful on a shared, noisy machine.
//
//   BENCH_DATABASE_URL="postgresql://postgres@localhost/<db>?host=/var/run/postgresql" \
//     npx tsx --tsconfig scripts/tsconfig.import.json bench/comment-bench.ts --port 3314 [--profile] [--seconds 15]
//
// The database is migrated and filled (1k articles, 20k comments) on first use; a build must
// exist (`npx next build`). The comment rate limits are cleared first so runs can follow one
// another within their ten-minute windows.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { measureCommentPath, postCommentOnce, signedInPoster } from "./lib/comment-path";
import { benchServerEnv } from "./lib/bench-env";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const port = Number(option("port", "3314"));
const seconds = Number(option("seconds", "15"));
const cpuPosts = Number(option("cpu-posts", "200"));
const profile = process.argv.includes("--profile");

/** utime + stime of a process and its descendants, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const children = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).map(Number);
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const own = (Number(fields[11]) + Number(fields[12])) * 10;
  return own + children.reduce((sum, child) => sum + cpuMs(child), 0);
}

async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) throw new Error("Set BENCH_DATABASE_URL to a database of your own.");
  const env = benchServerEnv(databaseUrl);
  Object.assign(process.env, env);
  if (spawnSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env }).status !== 0) throw new Error("migrate deploy failed");
  const { db } = await import("@/lib/db/client");
  const { generateDataset } = await import("./generate-large-dataset");
  const { prepareBenchArticle } = await import("./lib/bench-article");
  if ((await db.article.count({ where: { id: { startsWith: "bench-article-" } } })) === 0) await generateDataset(1_000, 20_000);
  const article = await prepareBenchArticle();
  // Databases filled before the generator verified its members: their every post was held
  // ("unverified"), so the bench never reached the published path (count, cache expiry).
  await db.$executeRaw`UPDATE "User" SET "emailVerified" = now() WHERE "id" LIKE 'bench-member-%' AND "emailVerified" IS NULL`;

  const profileDir = resolve("bench/profiles");
  if (profile) mkdirSync(profileDir, { recursive: true });
  const flags = profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const server = spawn(process.execPath, [...flags, "node_modules/next/dist/bin/next", "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    stdio: "ignore",
    env,
    detached: true,
  });
  const stopped = new Promise((done) => server.once("exit", done));
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 120 && !(await fetch(`${base}/robots.txt`).then((r) => r.ok, () => false)); i++) await sleep(500);
    const users = await db.user.findMany({ where: { id: { startsWith: "bench-member-" } }, select: { id: true, tokenVersion: true }, orderBy: { id: "asc" } });
    const posters = users.map((poster, index) => ({ ...poster, address: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` }));
    const target = { base, articleId: article.id, slug: article.slug };

    // CPU per comment: a fixed number of posts, one at a time, after a warm-up.
    await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" LIKE 'comment:%'`;
    const signedIn = await Promise.all(posters.slice(500, 500 + 50).map(signedInPoster));
    for (let i = 0; i < 20; i++) await postCommentOnce(target, signedIn[i % signedIn.length]!, `CPU warm-up ${i}`);
    const cpuBefore = cpuMs(server.pid!);
    const wallBefore = performance.now();
    for (let i = 0; i < cpuPosts; i++) {
      if (!(await postCommentOnce(target, signedIn[i % signedIn.length]!, `CPU ${i}`))) throw new Error("A CPU-phase post failed.");
    }
    const cpuPerComment = (cpuMs(server.pid!) - cpuBefore) / cpuPosts;
    const wallPerComment = (performance.now() - wallBefore) / cpuPosts;

    const figures = await measureCommentPath({ target, edgeUrl: base, posters: [...posters.slice(0, 500), ...posters.slice(550)], durationSeconds: seconds });
    console.log(`server CPU per comment (sequential, ${cpuPosts} posts): ${cpuPerComment.toFixed(2)} ms; wall ${wallPerComment.toFixed(2)} ms`);
    console.log(`comment, server idle (median of 20): ${figures.idleMedianMs.toFixed(1)} ms`);
    console.log(
      `stored per second, 8 members for ${seconds} s: ${figures.storedPerSecond.toFixed(0)}; acknowledged ${figures.acknowledged}, stored ${figures.stored}, failed ${figures.failed}, lost ${figures.lost}, doubled ${figures.doubled}`,
    );
    console.log(`new comment seen by a signed-out reader (next start) after ${figures.visibleBehindEdgeMs.toFixed(0)} ms`);
  } finally {
    process.kill(-server.pid!, "SIGINT");
    await stopped;
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
