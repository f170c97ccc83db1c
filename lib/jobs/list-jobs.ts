import "server-only";
import { requirePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import type { JobStatus } from "@/lib/generated/prisma/client";
// Webhook deliveries have their own log at /admin/integrations.
import { WEBHOOK_JOB_KIND } from "@/lib/webhooks/webhook-events";

export type TJobListEntry = {
  id: string;
  kind: string;
  status: JobStatus;
  /** ISO 8601. */
  runAt: string;
  attempts: number;
  lastError: string | null;
  finishedAt: string | null;
  article: { id: string; title: string } | null;
};

const RECENT_LIMIT = 50;

/** For /admin/jobs: every job still to run, soonest first, and the most recent finished ones. */
export async function listJobs(): Promise<{ pending: TJobListEntry[]; recent: TJobListEntry[] }> {
  await requirePermission("article:publish");
  const select = {
    id: true,
    kind: true,
    status: true,
    runAt: true,
    attempts: true,
    lastError: true,
    finishedAt: true,
    article: { select: { id: true, title: true } },
  } as const;
  const [pending, recent] = await Promise.all([
    db.scheduledJob.findMany({ where: { status: { in: ["PENDING", "RUNNING"] }, kind: { not: WEBHOOK_JOB_KIND } }, orderBy: [{ runAt: "asc" }, { id: "asc" }], select, take: 200 }),
    db.scheduledJob.findMany({
      where: { status: { in: ["DONE", "FAILED", "CANCELLED"] }, kind: { not: WEBHOOK_JOB_KIND } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select,
      take: RECENT_LIMIT,
    }),
  ]);
  const toEntry = (job: (typeof pending)[number]): TJobListEntry => ({
    ...job,
    runAt: job.runAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  });
  return { pending: pending.map(toEntry), recent: recent.map(toEntry) };
}
