import { z } from "zod";

// Keyset pagination: a page starts strictly after the last row of the previous one, ordered by
// (timestamp, id). The cursor travels in the URL as base64url("<ISO timestamp>|<id>"), so it is
// opaque to readers and anything a reader types into it is validated before it reaches a query.

export type TKeysetCursor = {
  /** ISO 8601 timestamp of the last row shown. */
  at: string;
  id: string;
};

const MAX_CURSOR_LENGTH = 200;
// Years outside this range are not real rows, and some (year 0) are not valid PostgreSQL dates.
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);

const ZCursorTimestamp = z.iso.datetime().refine((value) => {
  const time = Date.parse(value);
  return time >= EARLIEST && time <= LATEST;
});

const ZCursorId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

const ZEncodedCursor = z
  .string()
  .min(1)
  .max(MAX_CURSOR_LENGTH)
  .regex(/^[A-Za-z0-9_-]+$/)
  .transform((value) => Buffer.from(value, "base64url").toString("utf8").split("|"))
  .pipe(z.tuple([ZCursorTimestamp, ZCursorId]));

export function encodeKeysetCursor(cursor: TKeysetCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`, "utf8").toString("base64url");
}

/** The cursor, or null when it is missing or not one we made: callers then show the first page. */
export function decodeKeysetCursor(raw: string | undefined): TKeysetCursor | null {
  if (raw === undefined) return null;
  const result = ZEncodedCursor.safeParse(raw);
  if (!result.success) return null;
  const [at, id] = result.data;
  return { at: new Date(at).toISOString(), id };
}
