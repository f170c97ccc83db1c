import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { toMediaItem, type TMediaItem } from "./media-item";

/** One image of the library, or null: for its own page, where the editor links to fix alt text. */
export async function getMedia(mediaId: string): Promise<TMediaItem | null> {
  return getMediaFor(await requirePermission("article:write-own"), mediaId);
}

export async function getMediaFor(actor: TCurrentUser, mediaId: string): Promise<TMediaItem | null> {
  assertPermission(actor, "article:write-own");
  if (mediaId.length === 0 || mediaId.length > 64) return null;
  const media = await db.media.findUnique({ where: { id: mediaId } });
  return media ? toMediaItem(media) : null;
}
