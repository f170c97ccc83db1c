import "server-only";
import { NextResponse } from "next/server";
import type { TActionResult } from "@/lib/actions";
import { requirePermission } from "@/lib/auth/guards";
import type { TPermission } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { logError } from "@/lib/log";

// Uploads (images, site exports) are the request bodies bigger than a form's, so each has its own
// endpoint with its own limit: server actions stay at about 1 MB (next.config.ts). Everything
// cheap is checked here before a byte of the body is read: the origin, the session and its
// permission, then the declared length. Used by lib/media/receive-image-upload.ts and
// lib/import/receive-import-upload.ts.

/** Room for the multipart boundaries and the text fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export type TUploadOutcome<TData> = { status: number; body: TActionResult<TData> };

export type TFormUpload<TData> = {
  /** What the uploader must be allowed to do. */
  permission: TPermission;
  /** The largest file taken, in bytes. */
  maxBytes: number;
  /** Said (and put on the file field) when the declared length is over the limit. */
  tooLargeMessage: string;
  /** Said when the body is not a multipart form: "Send the image as a multipart form." */
  notMultipartMessage: string;
  /** Handles the form once it passed the checks; refusals come back as a result, not thrown. */
  handle: (formData: FormData) => Promise<TActionResult<TData>>;
  /** Where a plain form post (no JavaScript) goes next, by outcome. */
  redirectTo: (outcome: TUploadOutcome<TData>) => string;
  /** Names the upload in the server log. */
  logLabel: string;
};

/**
 * Receives a multipart upload: JSON for a script (Accept: application/json), else a 303 to
 * `redirectTo` (303 turns the POST into a GET; a relative address, because behind a proxy
 * request.url may not name the host the browser used).
 */
export async function receiveFormUpload<TData>(request: Request, upload: TFormUpload<TData>): Promise<Response> {
  const outcome = await checkAndHandle(request, upload);
  if ((request.headers.get("accept") ?? "").includes("application/json")) return NextResponse.json(outcome.body, { status: outcome.status });
  return new Response(null, { status: 303, headers: { Location: upload.redirectTo(outcome) } });
}

async function checkAndHandle<TData>(request: Request, upload: TFormUpload<TData>): Promise<TUploadOutcome<TData>> {
  if (!isSameOriginRequest(request)) return refusal(403, "This upload did not come from Masthead.");
  try {
    await requirePermission(upload.permission);
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    if (!Number.isFinite(declared)) return refusal(411, "Send the upload with its length.");
    if (declared > upload.maxBytes + MULTIPART_OVERHEAD_BYTES) return refusal(413, upload.tooLargeMessage, { file: upload.tooLargeMessage });
    const formData = await request.formData().catch(() => null);
    if (!formData) return refusal(400, upload.notMultipartMessage);
    const result = await upload.handle(formData);
    return { status: result.ok ? 201 : result.status, body: result };
  } catch (error) {
    if (isAppError(error)) return refusal(error.status, error.publicMessage);
    logError(`${upload.logLabel} failed`, error);
    return refusal(500, "Something went wrong on our side. Please try again in a moment.");
  }
}

function refusal(status: number, message: string, fieldErrors: Record<string, string> = {}): TUploadOutcome<never> {
  return { status, body: { ok: false, status, message, fieldErrors } };
}
