// Wall-clock times in a named time zone, for scheduling without JavaScript: a datetime-local
// field has no zone, so the form sends one beside it and the server converts. Pure and free of
// server-only imports: the schedule form runs the same conversion in the browser.

/** The zone the schedule form starts in: the newsroom shows every time in UTC (FormattedDateTime). */
export const SITE_TIME_ZONE = "UTC";

const HALF_DAY_MS = 12 * 60 * 60 * 1000;
const LOCAL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How far `zone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffsetMs(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wallClockAsUtc = Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second"));
  return wallClockAsUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * "2026-11-25T14:30" in "Europe/Paris" → "2026-11-25T13:30:00.000Z"; null when either is not
 * valid. A time that a clock change skips (02:30 on a spring-forward night) lands an hour
 * later; one that happens twice (autumn) is taken as the first.
 */
export function zonedLocalTimeToIso(local: string, zone: string): string | null {
  const match = LOCAL_TIME_PATTERN.exec(local.trim());
  if (!match || !isTimeZone(zone)) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59) return null;
  // The zone's offsets well before and well after that wall time (clock changes are hours
  // apart): a candidate is right when the zone's clock shows `local` at it.
  const candidates = [asUtc - zoneOffsetMs(asUtc - HALF_DAY_MS, zone), asUtc - zoneOffsetMs(asUtc + HALF_DAY_MS, zone)];
  const matching = candidates.filter((candidate) => candidate + zoneOffsetMs(candidate, zone) === asUtc);
  // Both match in a repeated hour: the first. None matches in a skipped hour: the offset from
  // before the change, which moves the time forward past the gap.
  const chosen = matching.length > 0 ? Math.min(...matching) : candidates[0]!;
  return new Date(chosen).toISOString();
}

/** An instant as "YYYY-MM-DDTHH:mm" on `zone`'s wall clock, for a datetime-local field. */
export function isoToZonedLocalTime(iso: string, zone: string): string {
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant) || !isTimeZone(zone)) return "";
  return new Date(instant + zoneOffsetMs(instant, zone)).toISOString().slice(0, 16);
}
