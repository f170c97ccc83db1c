"use server";

import { refresh } from "next/cache";
import { validatedAction } from "@/lib/actions";
import { deleteMedia, ZDeleteMediaInput } from "@/lib/media/delete-media";
import { updateMedia, ZUpdateMediaInput } from "@/lib/media/update-media";

// Thin adapters: each domain function checks the caller's permission itself. Uploads are not an
// action: they go to ./upload/route.ts, which has its own body limit.

export const updateMediaAction = validatedAction("updateMedia", "article:write-own", ZUpdateMediaInput, async (input) => {
  await updateMedia(input);
  refresh();
});

export const deleteMediaAction = validatedAction("deleteMedia", "article:edit-any", ZDeleteMediaInput, async (input) => {
  await deleteMedia(input);
  refresh();
});
