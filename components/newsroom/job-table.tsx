import Link from "next/link";
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
  /** Cancel and reschedule, for pending jobs and people who may publish; omitted for finished ones. */
  actions?: { cancel: TFormAction<void>; reschedule: TFormAction<void> } | null;
};

export function JobTable({ jobs, caption, actions = null }: TJobTableProps) {
  return (
    <div className="admin-table-wrap">
      <table className="admin-table newsroom-jobs">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            {jobs.some((job) => job.article !== undefined) ? <th scope="col">Article</th> : null}
            <th scope="col">When</th>
            <th scope="col">Status</th>
            {actions ? <th scope="col">Change</th> : null}
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id}>
              <th scope="row">{JOB_KIND_LABELS[job.kind] ?? job.kind}</th>
              {job.article !== undefined ? (
                <td>{job.article ? <Link href={`/admin/articles/${encodeURIComponent(job.article.id)}`}>{job.article.title}</Link> : "—"}</td>
              ) : null}
              <td>
                <FormattedDateTime iso={job.runAt} />
              </td>
              <td>
                {job.status.charAt(0) + job.status.slice(1).toLowerCase()}
                {job.attempts > 0 ? <span className="meta"> · {job.attempts} attempt{job.attempts === 1 ? "" : "s"}</span> : null}
                {job.lastError ? <p className="meta">{job.lastError}</p> : null}
              </td>
              {actions ? (
                <td>
                  {job.status === "PENDING" ? (
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
                  ) : (
                    <span className="meta">Running now</span>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
