// Date and time to the minute, in UTC like every date on the site (lib/dates/format-date.ts):
// in a mailbox the minute matters.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function FormattedDateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{dateTime.format(new Date(iso))} UTC</time>;
}
