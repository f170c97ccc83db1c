/**
 * "2026-11-25T14:00:00.000": a Date as text for a tagged $queryRaw parameter cast to
 * timestamp(3). Prisma's DateTime columns hold UTC without a zone; passing text with an
 * explicit cast keeps the session's time zone out of the comparison.
 */
export function utcTimestampText(date: Date): string {
  return date.toISOString().slice(0, 23);
}
