import "server-only";
import { serverEnv } from "@/lib/env";
import { logError } from "@/lib/log";
import { ViewCounter } from "./view-counter";
import { writeArticleViews } from "./write-article-views";

// One counter per server process, kept on globalThis so a development reload of this module
// does not start a second one (and lose the first one's batch).
const globalForViews = globalThis as unknown as { masthead_viewCounter?: ViewCounter };

const SHUTDOWN_SIGNALS = ["SIGTERM", "SIGINT"] as const;

/** The process's view counter, created on first use with a flush at shutdown. */
export function processViewCounter(): ViewCounter {
  if (globalForViews.masthead_viewCounter) return globalForViews.masthead_viewCounter;
  const counter = new ViewCounter({ flushIntervalMs: serverEnv().VIEW_FLUSH_INTERVAL_MS, write: writeArticleViews });
  globalForViews.masthead_viewCounter = counter;
  for (const signal of SHUTDOWN_SIGNALS) {
    process.once(signal, () => {
      counter
        .flush()
        .catch((error: unknown) => logError("view counter: flush at shutdown failed", error))
        .finally(() => {
          // Next's own handler exits the process (after awaiting the route handlers' after()
          // callbacks, which wait for this flush). Without one, end the way the signal would.
          if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
        });
    });
  }
  return counter;
}
