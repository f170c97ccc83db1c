import { REPORT_KINDS, type TImportReport } from "@/lib/import/import-report";

const KIND_LABELS = { posts: "Posts", comments: "Comments", authors: "Authors", commenters: "Commenters", tags: "Tags", redirects: "Old addresses" } as const;

/** What an import created, updated, left unchanged and skipped, and why. */
export function ImportReportView({ report, dryRun }: { report: TImportReport; dryRun: boolean }) {
  return (
    <>
      <div className="admin-table-wrap">
        <table className="admin-table">
          <caption>{dryRun ? "What the import would do" : "What the import did"}</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">{dryRun ? "To create" : "Created"}</th>
              <th scope="col">{dryRun ? "To update" : "Updated"}</th>
              <th scope="col">Unchanged</th>
              <th scope="col">Skipped</th>
            </tr>
          </thead>
          <tbody>
            {REPORT_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{KIND_LABELS[kind]}</th>
                <td>{report.counts[kind].created.toLocaleString("en-US")}</td>
                <td>{report.counts[kind].updated.toLocaleString("en-US")}</td>
                <td>{report.counts[kind].unchanged.toLocaleString("en-US")}</td>
                <td>{report.counts[kind].skipped.toLocaleString("en-US")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
