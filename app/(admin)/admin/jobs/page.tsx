import type { Metadata } from "next";
import { JobTable } from "@/components/newsroom/job-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { listJobs } from "@/lib/jobs/list-jobs";
import { cancelJobAction, rescheduleJobAction } from "./actions";

export const metadata: Metadata = { title: "Scheduled jobs" };

export default async function JobsPage() {
  await requirePagePermission("admin:access", "/admin/jobs");
  await requirePagePermission("article:publish", "/admin/jobs");
  const { pending, recent } = await listJobs();
  return (
    <div className="page">
      <h1 className="page-title">Scheduled jobs</h1>
      <p className="meta">Times are shown in UTC. The server checks for due jobs every few seconds.</p>
      <section className="admin-panel" aria-labelledby="pending-heading">
        <h2 id="pending-heading">Still to run</h2>
        <JobTable
          jobs={pending}
          caption="Jobs still to run, soonest first"
          empty="Nothing is scheduled."
          actions={{ cancel: cancelJobAction, reschedule: rescheduleJobAction }}
        />
      </section>
      <section className="admin-panel" aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recently finished</h2>
        <JobTable jobs={recent} caption="Recently finished jobs" empty="No job has run yet." />
      </section>
    </div>
  );
}
