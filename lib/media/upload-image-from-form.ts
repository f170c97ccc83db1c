import "server-only";
import { actionFailure, type TActionResult } from "@/lib/actions";
import type { TMediaItem } from "./media-item";
import { refuseForbiddenScriptedCall } from "./refuse-forbidden-scripted-call";
import { assertUploadSize, uploadImage } from "./upload-image";

/**
 * A multipart upload form → uploadImage, as an action result. Not validatedAction: that wrapper
 * reads string fields only, and an upload is a File. Shared by the media page and the editor's
 * image dialog, which differ only in what they refresh afterwards.
 */
export async function uploadImageFromForm(formData: FormData): Promise<TActionResult<TMediaItem>> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, status: 400, message: "Please correct the highlighted fields.", fieldErrors: { file: "Choose an image to upload." } };
  }
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  try {
    // Before reading the body into memory: the browser's size is an upper bound we can trust here.
    assertUploadSize(file.size);
    const item = await uploadImage({
      bytes: new Uint8Array(await file.arrayBuffer()),
      originalName: file.name,
      altText: text("altText"),
      caption: text("caption"),
      credit: text("credit"),
    });
    return { ok: true, data: item, message: item.isUsable ? "Image uploaded." : "Image uploaded. Add alt text before using it." };
  } catch (error) {
    await refuseForbiddenScriptedCall(error);
    return actionFailure("uploadImage", error);
  }
}
