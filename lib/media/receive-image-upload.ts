import "server-only";
import { serverEnv } from "@/lib/env";
import { receiveFormUpload } from "@/lib/http/receive-form-upload";
import { uploadImageFromForm } from "./upload-image-from-form";

// Image uploads (app/(admin)/admin/media/upload/route.ts): the shared upload checks
// (lib/http/receive-form-upload.ts) with the media library's limit and words.

export async function receiveImageUpload(request: Request): Promise<Response> {
  const limit = serverEnv().MEDIA_MAX_UPLOAD_BYTES;
  return receiveFormUpload(request, {
    permission: "article:write-own",
    maxBytes: limit,
    tooLargeMessage: `The image is too large: upload one of at most ${Math.floor((limit / (1024 * 1024)) * 10) / 10} MB.`,
    notMultipartMessage: "Send the image as a multipart form.",
    handle: uploadImageFromForm,
    // Back to the library, which lists the new image first or says why the upload failed.
    redirectTo: ({ status }) => (status < 300 ? "/admin/media" : `/admin/media?upload=${status === 401 ? "signed-out" : "failed"}`),
    logLabel: "image upload",
  });
}
