import "server-only";
import { basename } from "node:path";
import { assertPermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { TImportProgress } from "./import-progress";
import type { TImportReport } from "./import-report";
import type { TImportFormat } from "./import-types";
import { createImportRun, runImport } from "./run-import";

/** The import the command line runs: an admin's, with a progress row the admin page shows too. */
export async function importSiteFile(input: {
  actor: TCurrentUser;
  format: TImportFormat;
  path: string;
  dryRun: boolean;
  onProgress?: (progress: TImportProgress) => void;
}): Promise<{ runId: string; report: TImportReport }> {
  assertPermission(input.actor, "settings:manage");
  const runId = await createImportRun({ format: input.format, fileName: basename(input.path), filePath: null, dryRun: input.dryRun, actorId: input.actor.id });
  const report = await runImport({ runId, format: input.format, path: input.path, actor: input.actor, dryRun: input.dryRun, onProgress: input.onProgress });
  return { runId, report };
}
