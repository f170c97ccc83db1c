import "server-only";
import { logError } from "@/lib/log";
import { uncountedReason, type TUncountedReason, type TViewHeaders } from "./countable-request";
import { ViewBuffer, startOfHour, type TViewCount } from "./view-buffer";
import { DEFAULT_VIEW_RATE_LIMITS, ViewRateLimiter, type TViewRateLimits } from "./view-rate-limiter";

// Counts reader views in this server process and writes them in batches
// (docs/decisions/0010-view-counting.md): record() only touches memory, so the beacon answers
// at once; a timer started by the first view of a batch writes the whole batch with one
// statement a few seconds later. What a crash can lose: the views of the current batch in this
// process (at most one flush interval's worth). A clean shutdown (SIGTERM, SIGINT) writes them.

export type TViewOutcome = "counted" | TUncountedReason | "rate-limited" | "busy";

export type TViewCounterOptions = {
  flushIntervalMs: number;
  write: (counts: readonly TViewCount[]) => Promise<unknown>;
  limits?: TViewRateLimits;
  /** Distinct (article, hour) rows held before new ones are turned away; bounds memory. */
  maxBufferedRows?: number;
  now?: () => number;
};

type TScheduledFlush = { timer: NodeJS.Timeout; done: Promise<void>; resolve: () => void };

export class ViewCounter {
  private readonly buffer: ViewBuffer;
  private readonly limiter: ViewRateLimiter;
  private readonly now: () => number;
  private scheduled: TScheduledFlush | null = null;
  /** Flushes run one after another, never overlapping. */
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly options: TViewCounterOptions) {
    this.buffer = new ViewBuffer(options.maxBufferedRows);
    this.limiter = new ViewRateLimiter(options.limits ?? DEFAULT_VIEW_RATE_LIMITS);
    this.now = options.now ?? Date.now;
  }

  /** Counts one view in memory if it is a reader's; never waits for the database. */
  record(view: { articleId: string; address: string; headers: TViewHeaders }): TViewOutcome {
    const reason = uncountedReason(view.headers);
    if (reason) return reason;
    const now = this.now();
    if (!this.limiter.allow(view.address, view.articleId, now)) return "rate-limited";
    if (!this.buffer.add(view.articleId, startOfHour(now))) return "busy";
    this.schedule();
    return "counted";
  }

  /** Resolves once the views recorded so far have been written (or the write has failed). */
  whenFlushed(): Promise<void> {
    return this.scheduled?.done ?? this.flushing;
  }

  /** Writes everything buffered now. Safe to call at any time, e.g. at shutdown. */
  flush(): Promise<void> {
    const scheduled = this.scheduled;
    this.scheduled = null;
    if (scheduled) clearTimeout(scheduled.timer);
    this.flushing = this.flushing.then(() => this.writeBatch()).finally(() => scheduled?.resolve());
    return this.flushing;
  }

  private schedule(): void {
    if (this.scheduled) return;
    let resolve = () => {};
    const done = new Promise<void>((settle) => (resolve = settle));
    const timer = setTimeout(() => void this.flush(), this.options.flushIntervalMs);
    // Never keeps a process alive on its own: shutdown flushes explicitly.
    timer.unref();
    this.scheduled = { timer, done, resolve };
  }

  private async writeBatch(): Promise<void> {
    this.limiter.prune(this.now());
    const counts = this.buffer.drain();
    if (counts.length === 0) return;
    try {
      await this.options.write(counts);
    } catch (error) {
      // The database may be restarting: keep the counts for the next attempt rather than lose
      // them. The buffer's size limit bounds what an outage can pile up.
      logError("view counter: writing views failed; will retry", error, { rows: counts.length });
      for (const count of counts) this.buffer.add(count.articleId, count.hour, count.views);
      this.schedule();
    }
  }
}
