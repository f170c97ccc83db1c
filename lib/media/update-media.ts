import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { toMediaItem, type TMediaItem } from "./media-item";
import { ZCaption, ZCredit, ZMediaId, ZRequiredAltText } from "./media-schemas";

// The words that go with an image. Anyone who may write articles may describe the shared
// library's images: alt text is the accessibility fix, and whoever spots a gap may close it.

export const ZUpdateMediaInput = z.object({
  mediaId: ZMediaId,
  altText: ZRequiredAltText,
  caption: ZCaption,
  credit: ZCredit,
});
export type TUpdateMediaInput = z.input<typeof ZUpdateMediaInput>;

export async function updateMedia(input: TUpdateMediaInput): Promise<TMediaItem> {
  return updateMediaFor(await requirePermission("article:write-own"), input);
}

export async function updateMediaFor(actor: TCurrentUser, rawInput: TUpdateMediaInput): Promise<TMediaItem> {
  assertPermission(actor, "article:write-own");
  const { mediaId, altText, caption, credit } = parseInputOrThrow(ZUpdateMediaInput, rawInput);
  const { count } = await db.media.updateMany({ where: { id: mediaId }, data: { altText, caption, credit } });
  if (count === 0) throw new AppError("NOT_FOUND", "That image no longer exists.");
  return toMediaItem(await db.media.findUniqueOrThrow({ where: { id: mediaId } }));
}
