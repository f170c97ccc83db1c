import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { storageKeysOf } from "./media-item";
import { ZMediaId } from "./media-schemas";
import { getMediaStorage } from "./storage/get-media-storage";

// Deleting an image is an editor's call (article:edit-any): it may appear in anyone's article.
// The row goes first, then the files: a file left behind by a crash is only wasted disk, while
// a row whose files are gone would be a broken image in the library.

export const ZDeleteMediaInput = z.object({ mediaId: ZMediaId });
export type TDeleteMediaInput = z.input<typeof ZDeleteMediaInput>;

export async function deleteMedia(input: TDeleteMediaInput): Promise<void> {
  return deleteMediaFor(await requirePermission("article:edit-any"), input);
}

export async function deleteMediaFor(actor: TCurrentUser, rawInput: TDeleteMediaInput): Promise<void> {
  assertPermission(actor, "article:edit-any");
  const { mediaId } = parseInputOrThrow(ZDeleteMediaInput, rawInput);
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { id: true, storageKey: true, variants: true } });
  if (!media) throw new AppError("NOT_FOUND", "That image no longer exists.");
  const { count } = await db.media.deleteMany({ where: { id: media.id } });
  if (count === 0) throw new AppError("NOT_FOUND", "That image no longer exists.");
  const storage = getMediaStorage();
  await Promise.all(
    storageKeysOf(media).map((key) => storage.delete(key).catch((error: unknown) => logError("media file delete failed", error, { key }))),
  );
}
