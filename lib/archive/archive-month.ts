// A month of the archive, as it appears in URLs (/archive/2026/11) and in queries (UTC bounds).

export type TArchiveMonth = {
  year: number;
  /** 1-12. */
  month: number;
};

const monthName = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** "/archive/2026/11" from its parts; null when they are not a real month we could list. */
export function parseArchiveMonth(year: string, month: string): TArchiveMonth | null {
  if (!/^\d{4}$/.test(year) || !/^\d{2}$/.test(month)) return null;
  const parsed = { year: Number(year), month: Number(month) };
  if (parsed.year < 1900 || parsed.month < 1 || parsed.month > 12) return null;
  return parsed;
}

export function archiveMonthPath({ year, month }: TArchiveMonth): string {
  return `/archive/${String(year).padStart(4, "0")}/${String(month).padStart(2, "0")}`;
}

/** "November 2026". */
export function archiveMonthLabel({ year, month }: TArchiveMonth): string {
  return monthName.format(Date.UTC(year, month - 1, 1));
}

/** The first instant of the month and of the next one, UTC. */
export function archiveMonthBounds({ year, month }: TArchiveMonth): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 1)) };
}
