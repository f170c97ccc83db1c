import type { TActionResult } from "@/lib/actions";
import type { TMediaItem } from "@/lib/media/media-item";

/** Where image uploads go (app/(admin)/admin/media/upload/route.ts); a plain form posts there too. */
export const IMAGE_UPLOAD_PATH = "/admin/media/upload";

/** Sends an upload form to the upload endpoint and reads its answer as an action result. */
export async function postImageUpload(formData: FormData): Promise<TActionResult<TMediaItem>> {
  try {
    const response = await fetch(IMAGE_UPLOAD_PATH, { method: "POST", body: formData, headers: { accept: "application/json" } });
    return (await response.json()) as TActionResult<TMediaItem>;
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server. Try again in a moment.", fieldErrors: {} };
  }
}
