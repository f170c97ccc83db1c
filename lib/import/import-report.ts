// What an import did (or, in a dry run, would do), kept in ImportRun.report and the audit log.

export const REPORT_KINDS = ["posts", "comments", "authors", "commenters", "tags", "redirects"] as const;
export type TReportKind = (typeof REPORT_KINDS)[number];
export type TReportCounts = { created: number; updated: number; unchanged: number; skipped: number };
export type TReportNote = { where: string; note: string };

export type TImportReport = {
  counts: Record<TReportKind, TReportCounts>;
  /** Why items were skipped or changed on the way (first MAX_NOTES; `moreNotes` counts the rest). */
  notes: TReportNote[];
  moreNotes: number;
};

const MAX_NOTES = 200;

export function emptyReport(): TImportReport {
  const counts = Object.fromEntries(REPORT_KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0, skipped: 0 }])) as TImportReport["counts"];
  return { counts, notes: [], moreNotes: 0 };
}

export function countItem(report: TImportReport, kind: TReportKind, outcome: keyof TReportCounts, by = 1): void {
  report.counts[kind][outcome] += by;
}

export function addNote(report: TImportReport, where: string, note: string): void {
  if (report.notes.length < MAX_NOTES) report.notes.push({ where, note });
  else report.moreNotes += 1;
}

/** "1000 posts created, 20000 comments created, …" for the command line and the audit log. */
export function summariseReport(report: TImportReport): string {
  return REPORT_KINDS.map((kind) => {
    const c = report.counts[kind];
    const parts = (["created", "updated", "unchanged", "skipped"] as const).filter((key) => c[key] > 0).map((key) => `${c[key]} ${key}`);
    return parts.length > 0 ? `${kind}: ${parts.join(", ")}` : null;
  })
    .filter(Boolean)
    .join("; ");
}
