import "server-only";
import { NextResponse } from "next/server";
import { requirePermission } from "@/lib/auth/guards";
import { serverEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { logError } from "@/lib/log";
import { uploadImageFromForm } from "./upload-image-from-form";

// Uploads are the one request body bigger than a form's, so they have their own endpoint
// (app/(admin)/admin/media/upload/route.ts) with their own limit: server actions stay at about
// 1 MB (next.config.ts). Everything cheap is checked before a byte of the body is read: the
// origin, the session and its permission, then the declared length.

/** Room for the multipart boundaries and the text fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

type TUploadOutcome = { status: number; body: Record<string, unknown> };

export async function receiveImageUpload(request: Request): Promise<Response> {
  const outcome = await checkAndUpload(request);
  if (wantsJson(request)) return NextResponse.json(outcome.body, { status: outcome.status });
  // A plain form post (no JavaScript): back to the library, which lists the new image first or
  // says why the upload failed. 303 turns the POST into a GET. A relative address: behind a proxy
  // request.url may not name the host the browser used.
  const back = outcome.status < 300 ? "/admin/media" : `/admin/media?upload=${outcome.status === 401 ? "signed-out" : "failed"}`;
  return new Response(null, { status: 303, headers: { Location: back } });
}

async function checkAndUpload(request: Request): Promise<TUploadOutcome> {
  if (!isSameOriginRequest(request)) return refusal(403, "This upload did not come from Masthead.");
  try {
    await requirePermission("article:write-own");
  } catch (error) {
    if (isAppError(error)) return refusal(error.status, error.publicMessage);
    logError("upload: session check failed", error);
    return refusal(500, "Something went wrong on our side. Please try again in a moment.");
  }
  const limit = serverEnv().MEDIA_MAX_UPLOAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (!Number.isFinite(declared)) return refusal(411, "Send the upload with its length.");
  if (declared > limit + MULTIPART_OVERHEAD_BYTES) {
    const message = `The image is too large: upload one of at most ${Math.floor((limit / (1024 * 1024)) * 10) / 10} MB.`;
    return { status: 413, body: { ok: false, status: 413, message, fieldErrors: { file: message } } };
  }
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return refusal(400, "Send the image as a multipart form.");
  }
  const result = await uploadImageFromForm(formData);
  return { status: result.ok ? 201 : result.status, body: result };
}

function refusal(status: number, message: string): TUploadOutcome {
  return { status, body: { ok: false, status, message, fieldErrors: {} } };
}

function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json");
}
