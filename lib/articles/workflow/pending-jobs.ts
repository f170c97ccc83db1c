import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TJobKind } from "./job-kinds";

/** Cancels an article's jobs that have not started, e.g. the old publish job when it is rescheduled. */
export async function cancelPendingJobs(tx: Prisma.TransactionClient, articleId: string, kinds: readonly TJobKind[]): Promise<number> {
  const { count } = await tx.scheduledJob.updateMany({
    where: { articleId, status: "PENDING", kind: { in: [...kinds] } },
    data: { status: "CANCELLED", finishedAt: new Date() },
  });
  return count;
}
