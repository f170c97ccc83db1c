import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { after } from "next/server";
import { z } from "zod";
import { fieldErrorsFrom, type TActionResult } from "@/lib/actions";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { createImportRun, runImport } from "./run-import";
import type { TImportFormat } from "./import-types";

// The admin page's import: the upload is saved under .data/imports, a run row is made, and the
// import runs after the response (next/server after()), while the run page shows its progress.
// A check (dry run) keeps the file, so "Import it" can follow without a second upload.

/**
 * The upload endpoint's own limit (lib/import/receive-import-upload.ts): a WordPress export of
 * 1,000 posts and 20,000 comments is 27 MB as XML, 4 MB gzipped; larger sites gzip or use the CLI.
 */
export const MAX_IMPORT_UPLOAD_BYTES = 32 * 1024 * 1024;
const IMPORT_DIR = resolve(process.env.IMPORT_DIR ?? ".data/imports");
/** A run that has not moved for this long was stopped (server restart): another may start. */
const STALE_RUN_MS = 2 * 60 * 1000;

const ZImportUploadInput = z.object({
  format: z.enum(["wordpress", "ghost"], { error: "Choose WordPress or Ghost" }),
  mode: z.enum(["check", "import"], { error: "Choose to check the file or import it" }),
});

const EXTENSIONS: Record<TImportFormat, RegExp> = { wordpress: /\.xml(\.gz)?$/i, ghost: /\.json(\.gz)?$/i };

export async function startImportFromForm(formData: FormData): Promise<TActionResult<{ runId: string }>> {
  const actor = await requirePermission("settings:manage");
  const parsed = ZImportUploadInput.safeParse({ format: formData.get("format"), mode: formData.get("mode") });
  if (!parsed.success) return { ok: false, status: 400, message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsFrom(parsed.error) };
  const { format, mode } = parsed.data;
  const file = formData.get("file");
  const fileError = describeFileProblem(file, format);
  if (fileError || !(file instanceof File)) return { ok: false, status: 400, message: "Please correct the highlighted fields.", fieldErrors: { file: fileError ?? "Choose an export file." } };
  await assertNoImportRunning();
  await mkdir(IMPORT_DIR, { recursive: true });
  const filePath = join(IMPORT_DIR, `${randomUUID()}${/\.gz$/i.test(file.name) ? ".gz" : format === "wordpress" ? ".xml" : ".json"}`);
  await writeFile(filePath, new Uint8Array(await file.arrayBuffer()));
  const runId = await createImportRun({ format, fileName: file.name, filePath, dryRun: mode === "check", actorId: actor.id });
  after(() => runInBackground(runId, actor));
  return { ok: true, data: { runId } };
}

/** "Import it" after a check: the same file, for real. */
export async function startImportOfCheckedRun(checkedRunId: string): Promise<string> {
  const actor = await requirePermission("settings:manage");
  const checked = await db.importRun.findUnique({ where: { id: checkedRunId } });
  if (!checked || !checked.dryRun || checked.status !== "DONE" || !checked.filePath) {
    throw new AppError("CONFLICT", "This check cannot be imported: upload the file again.");
  }
  await assertNoImportRunning();
  const runId = await createImportRun({ format: checked.format as TImportFormat, fileName: checked.fileName, filePath: checked.filePath, dryRun: false, actorId: actor.id });
  after(() => runInBackground(runId, actor));
  return runId;
}

function describeFileProblem(file: FormDataEntryValue | null, format: TImportFormat): string | null {
  if (!(file instanceof File) || file.size === 0) return "Choose an export file.";
  if (file.size > MAX_IMPORT_UPLOAD_BYTES) return `The file is too large to upload (at most ${MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024} MB): gzip it, or use the command line.`;
  if (!EXTENSIONS[format].test(file.name)) return format === "wordpress" ? "A WordPress export is an .xml file (or .xml.gz)." : "A Ghost export is a .json file (or .json.gz).";
  return null;
}

async function assertNoImportRunning(): Promise<void> {
  const running = await db.importRun.findFirst({ where: { status: { in: ["QUEUED", "RUNNING"] }, updatedAt: { gt: new Date(Date.now() - STALE_RUN_MS) } }, select: { id: true } });
  if (running) throw new AppError("CONFLICT", "Another import is running: wait for it to finish, then try again.");
}

async function runInBackground(runId: string, actor: TCurrentUser): Promise<void> {
  const run = await db.importRun.findUnique({ where: { id: runId } });
  if (!run?.filePath) return;
  try {
    await runImport({ runId, format: run.format as TImportFormat, path: run.filePath, actor, dryRun: run.dryRun });
    if (!run.dryRun) {
      // Imported: the upload is no longer needed (a re-import means a new upload).
      await db.importRun.updateMany({ where: { filePath: run.filePath }, data: { filePath: null } });
      await rm(run.filePath, { force: true });
    }
  } catch (error) {
    // runImport has recorded the failure on the run (shown on its page); log only the unexpected.
    if (!(error instanceof AppError)) logError("background import failed", error, { runId });
  }
}
