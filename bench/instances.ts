// Reader-page throughput on one instance and on two behind the balancer (issue 13):
//
//   npm run build && DATABASE_URL=postgresql://... NEXTAUTH_SECRET=... npx tsx bench/instances.ts
//
// Starts scripts/instances-topology.ts (HAProxy + two `next start`, shared Redis at REDIS_URL,
// default redis://127.0.0.1:6379/0), then wrk at 32 connections on the front page and the
// newest article, first against instance A alone, then through the balancer. Needs wrk and
// haproxy. On a 2-core machine two instances share the same cores as wrk: the point of the
// second line is what a second machine would add, which only a second machine can show.
import { spawnSync } from "node:child_process";
import { get } from "node:http";
import { db } from "@/lib/db/client";
import { startInstancesTopology, topologyOptionsFromEnv } from "../scripts/instances-topology";

const DURATION = process.env.BENCH_DURATION ?? "10s";

function wrk(url: string): { rps: string; p99: string; errors: string } {
  const result = spawnSync("wrk", ["-t2", "-c32", `-d${DURATION}`, "--latency", url], { encoding: "utf8" });
  if (result.error) throw new Error(`wrk failed (apt-get install wrk): ${result.error.message}`);
  const output = result.stdout ?? "";
  return {
    rps: output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? "?",
    p99: output.match(/99%\s+([\d.]+\w+)/)?.[1] ?? "?",
    errors: output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? "0",
  };
}

/**
 * One request on a connection of its own. Not fetch: its pool would reuse the connection the
 * topology's health polls left open, which the balancer (or Next) has closed by the time the
 * first target's wrk run is over ("other side closed").
 */
function warm(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      response.resume();
      response.on("end", () => (response.statusCode === 200 ? resolve() : reject(new Error(`${url} answered ${response.statusCode}`))));
    }).on("error", reject);
  });
}

async function main() {
  const newest = await db.article.findFirst({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, select: { slug: true } });
  await db.$disconnect();
  const paths = ["/", ...(newest ? [`/articles/${newest.slug}`] : [])];
  const topology = await startInstancesTopology(topologyOptionsFromEnv());
  try {
    const targets = [
      { name: "one instance", base: topology.instances[0]!.url },
      { name: "two behind the balancer", base: topology.balancerUrl },
    ];
    console.log(`wrk -c32 -d${DURATION}; reader pages, signed out`);
    for (const path of paths) {
      for (const target of targets) {
        for (let i = 0; i < 20; i++) await warm(`${target.base}${path}`);
        const figures = wrk(`${target.base}${path}`);
        console.log(`${target.name.padEnd(24)} ${figures.rps.padStart(10)} req/s   p99 ${figures.p99.padStart(9)}   non-2xx ${figures.errors}   ${path}`);
      }
    }
  } finally {
    await topology.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
