import { AdminTable } from "@/components/admin/admin-table";
import { REPORT_KINDS, type TImportReport } from "@/lib/import/import-report";

const KIND_LABELS = { posts: "Posts", comments: "Comments", authors: "Authors", commenters: "Commenters", tags: "Tags", redirects: "Old addresses" } as const;

/** What an import created, updated, left unchanged and skipped, and why. */
export function ImportReportView({ report, dryRun }: { report: TImportReport; dryRun: boolean }) {
  return (
    <>
      <AdminTable
        caption={dryRun ? "What the import would do" : "What the import did"}
        captionVisible
        columns={[
          { header: "Kind", isRowHeader: true, cell: (kind) => KIND_LABELS[kind] },
          { header: dryRun ? "To create" : "Created", cell: (kind) => report.counts[kind].created.toLocaleString("en-US") },
          { header: dryRun ? "To update" : "Updated", cell: (kind) => report.counts[kind].updated.toLocaleString("en-US") },
          { header: "Unchanged", cell: (kind) => report.counts[kind].unchanged.toLocaleString("en-US") },
          { header: "Skipped", cell: (kind) => report.counts[kind].skipped.toLocaleString("en-US") },
        ]}
        rows={[...REPORT_KINDS]}
        rowKey={(kind) => kind}
        empty="Nothing to report."
      />
      <h3>Notes</h3>
      {report.notes.length === 0 ? (
        <p>Nothing was skipped or changed on the way.</p>
      ) : (
        <ul className="import-notes">
          {report.notes.map((note, index) => (
            <li key={index}>
              <strong>{note.where}</strong>: {note.note}
            </li>
          ))}
          {report.moreNotes > 0 ? <li>… and {report.moreNotes.toLocaleString("en-US")} more like these.</li> : null}
        </ul>
      )}
    </>
  );
}
