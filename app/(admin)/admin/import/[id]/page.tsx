import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportCheckedForm } from "@/components/import/import-checked-form";
import { ImportReportView } from "@/components/import/import-report-view";
import { ImportRunProgress } from "@/components/import/import-run-progress";
import { requirePagePermission } from "@/lib/auth/guards";
import { getImportRun } from "@/lib/import/list-import-runs";
import { importCheckedRunAction } from "../actions";

export const metadata: Metadata = { title: "Import" };

/** While the import runs, the page reloads itself every few seconds: no script needed. */
const REFRESH_SECONDS = 2;

export default async function ImportRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("settings:manage", `/admin/import/${encodeURIComponent(id)}`);
  const run = await getImportRun(id);
  if (!run) notFound();
  const isActive = (run.status === "QUEUED" || run.status === "RUNNING") && !run.isStalled;
  const title = run.dryRun ? `Check of ${run.fileName}` : `Import of ${run.fileName}`;
  return (
    <div className="page">
      {isActive ? <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} /> : null}
      <p className="meta">
        <Link href="/admin/import">All imports</Link>
      </p>
      <h1 className="page-title">{title}</h1>
      <section className="admin-panel" aria-labelledby="progress-heading">
        <h2 id="progress-heading">{isActive ? "In progress" : run.isStalled ? "Stopped" : run.status === "FAILED" ? "Failed" : "Finished"}</h2>
        {isActive ? (
          <>
            <ImportRunProgress run={run} now={new Date()} />
            <p className="meta">
              This page updates every {REFRESH_SECONDS} seconds. <Link href={`/admin/import/${run.id}`}>Reload now</Link>
            </p>
          </>
        ) : null}
        {run.isStalled ? (
          <p>This import stopped midway (the server was restarted). Upload the file again: what was written is kept, and the rest follows.</p>
        ) : null}
        {run.status === "FAILED" ? <p className="form-message form-message--error">{run.error}</p> : null}
        {run.status === "DONE" ? (
          <p role="status">
            {run.dryRun ? "Checked" : "Imported"} {run.totalItems.toLocaleString("en-US")} posts and comments
            {run.dryRun ? ": nothing was written." : "."}
          </p>
        ) : null}
        {run.status === "DONE" && run.dryRun && run.hasFile ? <ImportCheckedForm action={importCheckedRunAction} runId={run.id} /> : null}
      </section>
      {run.report && !isActive ? (
        <section className="admin-panel" aria-labelledby="report-heading">
          <h2 id="report-heading">Report</h2>
          <ImportReportView report={run.report} dryRun={run.dryRun} />
        </section>
      ) : null}
    </div>
  );
}
