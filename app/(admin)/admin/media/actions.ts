"use server";

import { refresh } from "next/cache";
import { validatedAction, type TActionResult } from "@/lib/actions";
import { deleteMedia, ZDeleteMediaInput } from "@/lib/media/delete-media";
import type { TMediaItem } from "@/lib/media/media-item";
import { updateMedia, ZUpdateMediaInput } from "@/lib/media/update-media";
import { uploadImageFromForm } from "@/lib/media/upload-image-from-form";

// Thin adapters: each domain function checks the caller's permission itself.

export async function uploadImageAction(_previous: TActionResult<TMediaItem> | null, formData: FormData): Promise<TActionResult<TMediaItem>> {
  const result = await uploadImageFromForm(formData);
  if (result.ok) refresh();
  return result;
}

export const updateMediaAction = validatedAction("updateMedia", ZUpdateMediaInput, async (input) => {
  await updateMedia(input);
  refresh();
});

export const deleteMediaAction = validatedAction("deleteMedia", ZDeleteMediaInput, async (input) => {
  await deleteMedia(input);
  refresh();
});
