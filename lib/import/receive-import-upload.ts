import "server-only";
import { NextResponse } from "next/server";
import { requirePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { logError } from "@/lib/log";
import { MAX_IMPORT_UPLOAD_BYTES, startImportFromForm } from "./start-import-upload";

// An export is the largest body Masthead takes, so its upload has its own endpoint
// (app/(admin)/admin/import/upload/route.ts) and limit, as image uploads do: server actions
// stay at about 1 MB (next.config.ts). The origin, the permission and the declared length are
// checked before a byte of the body is read.

const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** Why a plain form post was sent back to /admin/import (the page words each one). */
export const IMPORT_UPLOAD_PROBLEMS = ["too-large", "invalid", "refused", "busy", "failed"] as const;
export type TImportUploadProblem = (typeof IMPORT_UPLOAD_PROBLEMS)[number];

type TOutcome = { status: number; body: { ok: boolean; message?: string; fieldErrors?: Record<string, string>; data?: { runId: string } } };

export async function receiveImportUpload(request: Request): Promise<Response> {
  const outcome = await checkAndStart(request);
  if ((request.headers.get("accept") ?? "").includes("application/json")) return NextResponse.json(outcome.body, { status: outcome.status });
  // A plain form post (no JavaScript): on to the run's page, or back with the reason. 303 turns
  // the POST into a GET; relative, because behind a proxy request.url may not be the browser's host.
  const runId = outcome.body.data?.runId;
  const location = runId ? `/admin/import/${encodeURIComponent(runId)}` : `/admin/import?problem=${problemFor(outcome.status)}`;
  return new Response(null, { status: 303, headers: { Location: location } });
}

async function checkAndStart(request: Request): Promise<TOutcome> {
  if (!isSameOriginRequest(request)) return refusal(403, "This upload did not come from Masthead.");
  try {
    await requirePermission("settings:manage");
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    if (!Number.isFinite(declared)) return refusal(411, "Send the upload with its length.");
    if (declared > MAX_IMPORT_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES) {
      const message = `The file is too large to upload (at most ${MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024} MB): gzip it, or use the command line.`;
      return { status: 413, body: { ok: false, message, fieldErrors: { file: message } } };
    }
    const formData = await request.formData().catch(() => null);
    if (!formData) return refusal(400, "Send the export as a multipart form.");
    const result = await startImportFromForm(formData);
    return result.ok ? { status: 201, body: { ok: true, data: result.data } } : { status: result.status, body: result };
  } catch (error) {
    if (isAppError(error)) return refusal(error.status, error.publicMessage);
    logError("import upload failed", error);
    return refusal(500, "Something went wrong on our side. Please try again in a moment.");
  }
}

function refusal(status: number, message: string): TOutcome {
  return { status, body: { ok: false, message, fieldErrors: {} } };
}

function problemFor(status: number): TImportUploadProblem {
  if (status === 413) return "too-large";
  if (status === 400) return "invalid";
  if (status === 401 || status === 403) return "refused";
  if (status === 409) return "busy";
  return "failed";
}
