// One formatter for every date a reader sees. UTC, so the server's zone never changes the day
// shown, and the same instant reads the same wherever the page was rendered.
const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** "November 25, 2026" from an ISO timestamp; an unparsable value gives an empty string. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? "" : longDate.format(time);
}
