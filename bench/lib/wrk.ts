// One wrk run (apt-get install wrk) and the figures the bench prints from it.
import { spawnSync } from "node:child_process";

export type TLoadFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; bytes: number };

/** wrk prints latencies as 812.00us, 4.21ms or 1.02s. */
function milliseconds(text: string | undefined): number {
  const match = text?.match(/^([\d.]+)(us|ms|s)$/);
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
}

export function wrkAvailable(): boolean {
  return spawnSync("wrk", ["--version"], { stdio: "ignore" }).status !== 127 && spawnSync("which", ["wrk"]).status === 0;
}

/** wrk -t2 -c<connections> for `duration` against `url`, signed out. */
export async function measureLoad(url: string, options: { duration: string; connections?: number }): Promise<TLoadFigures> {
  const response = await fetch(url, { headers: { connection: "close" } });
  const bytes = (await response.arrayBuffer()).byteLength;
  const result = spawnSync("wrk", ["-t2", `-c${options.connections ?? 32}`, `-d${options.duration}`, "--latency", url], { encoding: "utf8" });
  const output = result.stdout ?? "";
  const errorCounts = [...output.matchAll(/Non-2xx or 3xx responses: (\d+)|Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/g)];
  const errors = errorCounts.reduce((sum, match) => sum + match.slice(1).reduce((s, n) => s + Number(n ?? 0), 0), 0);
  return {
    requestsPerSecond: Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN),
    p50Ms: milliseconds(output.match(/\s50%\s+([\d.]+\w+)/)?.[1]),
    p99Ms: milliseconds(output.match(/\s99%\s+([\d.]+\w+)/)?.[1]),
    errors: response.ok ? errors : errors + 1,
    bytes,
  };
}
