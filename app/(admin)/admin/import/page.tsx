import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { ImportUploadForm } from "@/components/import/import-upload-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { listImportRuns } from "@/lib/import/list-import-runs";
import { IMPORT_UPLOAD_PROBLEMS, type TImportUploadProblem } from "@/lib/import/receive-import-upload";
import { MAX_IMPORT_UPLOAD_BYTES } from "@/lib/import/start-import-upload";

export const metadata: Metadata = { title: "Import a site" };

const STATUS_LABELS = { QUEUED: "Waiting", RUNNING: "Running", DONE: "Finished", FAILED: "Failed" } as const;

/** What a plain form post sent back here means (lib/import/receive-import-upload.ts). */
const PROBLEM_MESSAGES: Record<TImportUploadProblem, string> = {
  "too-large": `The file is too large to upload (at most ${MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024} MB): gzip it, or use the command line.`,
  invalid: "The upload was not accepted: choose WordPress or Ghost and an export file of that kind (.xml or .json, or gzipped).",
  refused: "You are not allowed to import, or your session ended: sign in again.",
  busy: "Another import is running: wait for it to finish.",
  failed: "Something went wrong on our side. Please try again in a moment.",
};

type TImportPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportPage({ searchParams }: TImportPageProps) {
  const problem = (await searchParams).problem;
  const problemMessage = IMPORT_UPLOAD_PROBLEMS.find((known) => known === problem);
  await requirePagePermission("settings:manage", "/admin/import");
  const runs = await listImportRuns();
  return (
    <div className="page">
      <h1 className="page-title">Import a WordPress or Ghost site</h1>
      <p>
        Brings over posts, authors (as newsroom accounts without passwords: invite them from Users), tags and categories, featured
        images, excerpts, dates and, from WordPress, comments with their threads. Old addresses keep working: they redirect to the
        new pages. Importing the same file again updates what changed and never duplicates.
      </p>
      <section className="admin-panel" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload an export</h2>
        <p className="meta">Check the file first to see what would be created, changed or skipped; nothing is written by a check.</p>
        <ImportUploadForm maxMegabytes={MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024} problem={problemMessage ? PROBLEM_MESSAGES[problemMessage] : undefined} />
      </section>
      <section className="admin-panel" aria-labelledby="runs-heading">
        <h2 id="runs-heading">Recent imports</h2>
        <AdminTable
          caption="Recent imports, newest first"
          columns={[
            { header: "File", cell: (run) => <Link href={`/admin/import/${run.id}`}>{run.fileName}</Link> },
            { header: "Kind", cell: (run) => `${run.format === "wordpress" ? "WordPress" : "Ghost"}${run.dryRun ? " (check)" : ""}` },
            { header: "Status", cell: (run) => (run.isStalled ? "Stopped" : STATUS_LABELS[run.status]) },
            { header: "Items", cell: (run) => `${run.doneItems.toLocaleString("en-US")} of ${run.totalItems.toLocaleString("en-US")}` },
            { header: "Started", cell: (run) => <FormattedDateTime iso={run.createdAt.toISOString()} /> },
          ]}
          rows={runs}
          rowKey={(run) => run.id}
          empty="No import yet."
        />
      </section>
    </div>
  );
}
