"use server";

import { refresh } from "next/cache";
import { actionFailure, validatedAction, type TActionResult } from "@/lib/actions";
import { deleteMedia, ZDeleteMediaInput } from "@/lib/media/delete-media";
import type { TMediaItem } from "@/lib/media/media-item";
import { refuseForbiddenScriptedCall } from "@/lib/media/refuse-forbidden-scripted-call";
import { updateMedia, ZUpdateMediaInput } from "@/lib/media/update-media";
import { assertUploadSize, uploadImage } from "@/lib/media/upload-image";

// Thin adapters: each domain function checks the caller's permission itself.

/**
 * Not validatedAction: that wrapper reads string fields only, and an upload is a File. The
 * result has the same shape, so the form shows it like any other.
 */
export async function uploadImageAction(_previous: TActionResult<TMediaItem> | null, formData: FormData): Promise<TActionResult<TMediaItem>> {
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
    refresh();
    return { ok: true, data: item, message: item.isUsable ? "Image uploaded." : "Image uploaded. Add alt text before using it." };
  } catch (error) {
    await refuseForbiddenScriptedCall(error);
    return actionFailure("uploadImage", error);
  }
}

export const updateMediaAction = validatedAction("updateMedia", ZUpdateMediaInput, async (input) => {
  await updateMedia(input);
  refresh();
});

export const deleteMediaAction = validatedAction("deleteMedia", ZDeleteMediaInput, async (input) => {
  await deleteMedia(input);
  refresh();
});
