// Reader-page throughput: `next start` alone, wrk at 32 connections, figures printed.
//
//   npm run build && DATABASE_URL=postgresql://... npx tsx bench/reader-pages.ts
//
// Needs wrk (apt-get install wrk) and a production build. Uses DATABASE_URL (a real PostgreSQL
// is what the figures are about); bench/generate-large-dataset.ts fills one to 100k articles
// and 1M comments. Creates one article with 100 comments to measure the article page.
// Targets (README of the quality bar): article with 100 comments >= 1,000 req/s with p99 < 100 ms,
// home, tag and search >= 2,500 req/s.
import { spawn, spawnSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createTag, createUser } from "../tests/factories";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const DURATION = process.env.BENCH_DURATION ?? "15s";
const BASE = `http://127.0.0.1:${PORT}`;

async function prepareArticle() {
  const tag = await createTag({ name: "Bench" });
  const article = await createArticle({ title: "Benchmark article with a hundred comments", tagIds: [tag.id] });
  const commenter = await createUser({ password: null });
  for (let i = 0; i < 100; i++) {
    await createComment({ articleId: article.id, authorId: commenter.id, body: `Comment number ${i}, with a few words.` });
  }
  return { articlePath: `/articles/${article.slug}`, tagPath: `/tags/${tag.slug}` };
}

function wrk(path: string) {
  const result = spawnSync("wrk", ["-t2", "-c32", `-d${DURATION}`, "--latency", `${BASE}${path}`], { encoding: "utf8" });
  const output = result.stdout ?? "";
  const rps = output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? "?";
  const p99 = output.match(/99%\s+([\d.]+\w+)/)?.[1] ?? "?";
  const errors = output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? "0";
  return { rps, p99, errors };
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the PostgreSQL to measure against.");
  const { articlePath, tagPath } = await prepareArticle();
  await db.$disconnect();
  const server = spawn("next", ["start", "--port", String(PORT)], { stdio: "ignore", env: process.env });
  try {
    for (let i = 0; i < 60; i++) {
      if ((await fetch(BASE).catch(() => null))?.ok) break;
      await sleep(500);
    }
    // Signed-out readers without a paging query: the cached copies (docs/decisions/0011).
    const pages = { home: "/", article: articlePath, tag: tagPath, search: "/search?q=budget", archive: "/archive" };
    console.log(`wrk -c32 -d${DURATION} against next start on ${BASE}`);
    for (const [name, path] of Object.entries(pages)) {
      // Warm the caches. A keep-alive socket the server closed after the previous wrk run makes
      // fetch fail once; a fresh connection per request avoids reusing it.
      for (let i = 0; i < 50; i++) await fetch(`${BASE}${path}`, { headers: { connection: "close" } }).then((r) => r.arrayBuffer());
      const figures = wrk(path);
      console.log(`${name.padEnd(8)} ${figures.rps.padStart(10)} req/s   p99 ${figures.p99.padStart(9)}   non-2xx ${figures.errors}   ${path}`);
    }
  } finally {
    server.kill("SIGTERM");
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
