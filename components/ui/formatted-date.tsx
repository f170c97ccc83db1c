import { formatDate } from "@/lib/dates/format-date";

/** A date readers can read and machines can parse. */
export function FormattedDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}
