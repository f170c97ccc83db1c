import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import type { TFormAction } from "@/components/admin/form-feedback";
import { JOB_KIND_LABELS } from "./article-status-labels";
import { ScheduleForm } from "./schedule-form";
import { WorkflowButtonForm } from "./workflow-button-form";

export type TJobRow = {
  id: string;
  kind: string;
  status: string;
  runAt: string;
  attempts: number;
  lastError: string | null;
  article?: { id: string; title: string } | null;
};

type TJobTableProps = {
  jobs: TJobRow[];
  caption: string;
  /** The sentence shown when there are no jobs. */
  empty: string;
  /** Cancel and reschedule, for pending jobs and people who may publish; omitted for finished ones. */
  actions?: { cancel: TFormAction<void>; reschedule: TFormAction<void> } | null;
};

function JobStatus({ job }: { job: TJobRow }) {
  return (
    <>
      {job.status.charAt(0) + job.status.slice(1).toLowerCase()}
      {job.attempts > 0 ? <span className="meta"> · {job.attempts} attempt{job.attempts === 1 ? "" : "s"}</span> : null}
      {job.lastError ? <p className="meta">{job.lastError}</p> : null}
    </>
  );
}

function JobChanges({ job, actions }: { job: TJobRow; actions: NonNullable<TJobTableProps["actions"]> }) {
  if (job.status !== "PENDING") return <span className="meta">Running now</span>;
  return (
    <div className="newsroom-job-actions">
      <WorkflowButtonForm action={actions.cancel} fields={{ jobId: job.id }} label="Cancel" successText="Job cancelled." isDanger />
      <ScheduleForm
        action={actions.reschedule}
        fields={{ jobId: job.id }}
        label="New time"
        buttonText="Reschedule"
        successText="Job rescheduled."
        initialIso={job.runAt}
      />
    </div>
  );
}

export function JobTable({ jobs, caption, empty, actions = null }: TJobTableProps) {
  return (
    <AdminTable
      caption={caption}
      className="newsroom-jobs"
      columns={[
        { header: "Job", isRowHeader: true, cell: (job) => JOB_KIND_LABELS[job.kind] ?? job.kind },
        jobs.some((job) => job.article !== undefined) && {
          header: "Article",
          cell: (job) => (job.article ? <Link href={`/admin/articles/${encodeURIComponent(job.article.id)}`}>{job.article.title}</Link> : "—"),
        },
        { header: "When", cell: (job) => <FormattedDateTime iso={job.runAt} /> },
        { header: "Status", cell: (job) => <JobStatus job={job} /> },
        actions && { header: "Change", cell: (job) => <JobChanges job={job} actions={actions} /> },
      ]}
      rows={jobs}
      rowKey={(job) => job.id}
      empty={empty}
    />
  );
}
