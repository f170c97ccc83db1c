import "server-only";
import { receiveFormUpload } from "@/lib/http/receive-form-upload";
import { MAX_IMPORT_UPLOAD_BYTES, startImportFromForm } from "./start-import-upload";

// An export is the largest body Masthead takes, so its upload has its own endpoint
// (app/(admin)/admin/import/upload/route.ts) and limit: the shared upload checks
// (lib/http/receive-form-upload.ts) with the importer's limit and words.

/** Why a plain form post was sent back to /admin/import (the page words each one). */
export const IMPORT_UPLOAD_PROBLEMS = ["too-large", "invalid", "refused", "busy", "failed"] as const;
export type TImportUploadProblem = (typeof IMPORT_UPLOAD_PROBLEMS)[number];

export async function receiveImportUpload(request: Request): Promise<Response> {
  return receiveFormUpload(request, {
    permission: "settings:manage",
    maxBytes: MAX_IMPORT_UPLOAD_BYTES,
    tooLargeMessage: `The file is too large to upload (at most ${MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024} MB): gzip it, or use the command line.`,
    notMultipartMessage: "Send the export as a multipart form.",
    handle: startImportFromForm,
    // On to the run's page, or back with the reason.
    redirectTo: ({ body, status }) =>
      body.ok ? `/admin/import/${encodeURIComponent(body.data.runId)}` : `/admin/import?problem=${problemFor(status)}`,
    logLabel: "import upload",
  });
}

function problemFor(status: number): TImportUploadProblem {
  if (status === 413) return "too-large";
  if (status === 400) return "invalid";
  if (status === 401 || status === 403) return "refused";
  if (status === 409) return "busy";
  return "failed";
}
