// Loaded into `next start` by bench/run.ts (NODE_OPTIONS=--import ...): every second, appends
// the event loop's delay over that second (p50, p99, max, in ms) and the time spent in garbage
// collection to the file in BENCH_EVENT_LOOP_FILE, so the bench can say what each page's run
// did to the loop. Plain JavaScript because --import in `next start` takes no TypeScript.
import { appendFileSync } from "node:fs";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";

const file = process.env.BENCH_EVENT_LOOP_FILE;
if (file) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  }).observe({ entryTypes: ["gc"] });
  setInterval(() => {
    const line = {
      at: Date.now(),
      p50: delay.percentile(50) / 1e6,
      p99: delay.percentile(99) / 1e6,
      max: delay.max / 1e6,
      gcMs,
    };
    delay.reset();
    gcMs = 0;
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 1000).unref();
}
