// Counted views waiting to be written, added up per (article, hour) in memory, so a thousand
// views of one story in an hour become one row update instead of a thousand.

export type TViewCount = { articleId: string; /** Start of the hour, UTC. */ hour: Date; views: number };

const HOUR_MS = 60 * 60 * 1000;

export function startOfHour(time: number): Date {
  return new Date(Math.floor(time / HOUR_MS) * HOUR_MS);
}

export class ViewBuffer {
  private counts = new Map<string, TViewCount>();

  constructor(private readonly maxKeys: number = 100_000) {}

  get size(): number {
    return this.counts.size;
  }

  /** Adds views; false (and nothing added) when the buffer already holds maxKeys other rows. */
  add(articleId: string, hour: Date, views = 1): boolean {
    const key = `${articleId}|${hour.getTime()}`;
    const existing = this.counts.get(key);
    if (existing) {
      existing.views += views;
      return true;
    }
    if (this.counts.size >= this.maxKeys) return false;
    this.counts.set(key, { articleId, hour, views });
    return true;
  }

  /** Everything buffered so far, leaving the buffer empty. */
  drain(): TViewCount[] {
    const drained = [...this.counts.values()];
    this.counts = new Map();
    return drained;
  }
}
