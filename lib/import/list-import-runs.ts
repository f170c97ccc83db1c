import "server-only";
import { db } from "@/lib/db/client";
import type { TImportReport } from "./import-report";

export type TImportRunView = {
  id: string;
  format: string;
  fileName: string;
  dryRun: boolean;
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  /** Running, but not moving for minutes: the server stopped while it ran. */
  isStalled: boolean;
  totalItems: number;
  doneItems: number;
  report: TImportReport | null;
  error: string | null;
  hasFile: boolean;
  startedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

const STALLED_MS = 2 * 60 * 1000;

type TRunRow = Awaited<ReturnType<typeof db.importRun.findFirstOrThrow>>;

function toView(run: TRunRow, now: Date): TImportRunView {
  return {
    id: run.id,
    format: run.format,
    fileName: run.fileName,
    dryRun: run.dryRun,
    status: run.status,
    isStalled: (run.status === "RUNNING" || run.status === "QUEUED") && now.getTime() - run.updatedAt.getTime() > STALLED_MS,
    totalItems: run.totalItems,
    doneItems: run.doneItems,
    report: (run.report as TImportReport | null) ?? null,
    error: run.error,
    hasFile: run.filePath !== null,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    createdAt: run.createdAt,
    updatedAt: run.updatedAt,
  };
}

/** The newest imports first (bounded): the admin page's list. Callers check the permission. */
export async function listImportRuns(limit = 20): Promise<TImportRunView[]> {
  const runs = await db.importRun.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  const now = new Date();
  return runs.map((run) => toView(run, now));
}

export async function getImportRun(id: string): Promise<TImportRunView | null> {
  if (id.length > 64) return null;
  const run = await db.importRun.findUnique({ where: { id } });
  return run ? toView(run, new Date()) : null;
}
