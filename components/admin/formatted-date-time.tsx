// The audit log needs the time of day as well as the date; UTC, like every date on the site
// (lib/dates/format-date.ts), so the log reads the same wherever it was rendered.
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC", hourCycle: "h23" });

export function FormattedDateTime({ iso }: { iso: string }) {
  const time = Date.parse(iso);
  return <time dateTime={iso}>{Number.isNaN(time) ? "" : `${dateTime.format(time)} UTC`}</time>;
}
