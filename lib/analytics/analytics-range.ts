import { z } from "zod";

// The period an analytics page shows: whole UTC days from `from` to `to` (both included), by
// hour or by day. Read from the query string, so every chart has a shareable address and the
// range form works without JavaScript. Pure: the page, the CSV routes and tests share it.

export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;
/** Hourly charts stop at a month (744 points); longer ranges are read by day. */
export const MAX_HOURLY_DAYS = 31;
export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 7;

export type TGranularity = "hour" | "day";

export type TAnalyticsRange = {
  /** First day, 00:00 UTC. */
  from: Date;
  /** The instant after the last day (exclusive). */
  until: Date;
  granularity: TGranularity;
};

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Use a date like 2026-12-01." });

export const ZAnalyticsRangeInput = z.object({
  from: ZDay.optional(),
  to: ZDay.optional(),
  granularity: z.enum(["hour", "day"], { message: "Choose hours or days." }).optional(),
});

export type TRangeProblem = { field: "from" | "to" | "granularity"; message: string };

function dayStart(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

function parseDay(value: string | undefined): number | null {
  if (!value) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : time;
}

/**
 * The range asked for, or the last DEFAULT_RANGE_DAYS days (today included). A range the
 * page cannot show is corrected and the problem reported, so the page still shows something
 * and says what it changed: dates swapped, a range over MAX_RANGE_DAYS shortened, hours over
 * more than MAX_HOURLY_DAYS shown by day.
 */
export function parseAnalyticsRange(raw: Record<string, string | undefined>, now: Date = new Date()): { range: TAnalyticsRange; problems: TRangeProblem[] } {
  const problems: TRangeProblem[] = [];
  const parsed = ZAnalyticsRangeInput.safeParse(raw);
  const input = parsed.success ? parsed.data : {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ field: issue.path[0] as TRangeProblem["field"], message: issue.message });
  }
  const today = dayStart(now.getTime());
  let to = parseDay(input.to) ?? today;
  let from = parseDay(input.from) ?? to - (DEFAULT_RANGE_DAYS - 1) * DAY_MS;
  if (input.from && parseDay(input.from) === null) problems.push({ field: "from", message: "That start date does not exist." });
  if (input.to && parseDay(input.to) === null) problems.push({ field: "to", message: "That end date does not exist." });
  if (from > to) {
    [from, to] = [to, from];
    problems.push({ field: "from", message: "The start came after the end; the dates were swapped." });
  }
  if ((to - from) / DAY_MS + 1 > MAX_RANGE_DAYS) {
    from = to - (MAX_RANGE_DAYS - 1) * DAY_MS;
    problems.push({ field: "from", message: `Ranges are at most ${MAX_RANGE_DAYS} days; the start was moved.` });
  }
  const days = (to - from) / DAY_MS + 1;
  let granularity: TGranularity = input.granularity ?? (days <= 2 ? "hour" : "day");
  if (granularity === "hour" && days > MAX_HOURLY_DAYS) {
    granularity = "day";
    problems.push({ field: "granularity", message: `Hourly figures cover at most ${MAX_HOURLY_DAYS} days; this range is shown by day.` });
  }
  return { range: { from: new Date(from), until: new Date(to + DAY_MS), granularity }, problems };
}

/** The bucket starts of a range: every hour or every day. */
export function rangeBuckets(range: TAnalyticsRange): number[] {
  const step = range.granularity === "hour" ? HOUR_MS : DAY_MS;
  const buckets: number[] = [];
  for (let at = range.from.getTime(); at < range.until.getTime(); at += step) buckets.push(at);
  return buckets;
}

/** Every bucket of the range with its value, zero where no row exists. */
export function fillSeries<T extends { at: number }>(buckets: number[], rows: T[], empty: (at: number) => T): T[] {
  const byTime = new Map(rows.map((row) => [row.at, row]));
  return buckets.map((at) => byTime.get(at) ?? empty(at));
}

export function isoDay(time: Date | number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The query string of a range, for links and the CSV address. */
export function rangeQuery(range: TAnalyticsRange): string {
  const params = new URLSearchParams({
    from: isoDay(range.from),
    to: isoDay(range.until.getTime() - DAY_MS),
    granularity: range.granularity,
  });
  return params.toString();
}
