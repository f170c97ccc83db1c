import { z } from "zod";
import type { Media } from "@/lib/generated/prisma/client";
import { mediaUrl } from "./storage/media-key";

// How a Media row leaves the domain layer: plain data with public URLs, safe to hand to client
// components.

export const ZMediaVariant = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  key: z.string(),
  byteSize: z.number().int().nonnegative(),
  mimeType: z.string(),
});
export type TMediaVariant = z.infer<typeof ZMediaVariant>;

export type TMediaItem = {
  id: string;
  originalName: string;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number;
  altText: string;
  caption: string | null;
  credit: string | null;
  /** The re-encoded full-size file. */
  url: string;
  /** The widest responsive (WebP) variant: the one to copy into an article. */
  largestVariantUrl: string;
  variants: (TMediaVariant & { url: string })[];
  /** An image needs alt text before it may be used in an article. */
  isUsable: boolean;
  uploadedById: string | null;
  /** ISO 8601. */
  createdAt: string;
};

export function parseMediaVariants(value: unknown): TMediaVariant[] {
  const parsed = z.array(ZMediaVariant).safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function toMediaItem(media: Media): TMediaItem {
  const variants = parseMediaVariants(media.variants)
    .toSorted((a, b) => a.width - b.width)
    .map((variant) => ({ ...variant, url: mediaUrl(variant.key) }));
  const url = mediaUrl(media.storageKey);
  return {
    id: media.id,
    originalName: media.originalName,
    mimeType: media.mimeType,
    width: media.width,
    height: media.height,
    byteSize: media.byteSize,
    altText: media.altText,
    caption: media.caption,
    credit: media.credit,
    url,
    largestVariantUrl: variants.at(-1)?.url ?? url,
    variants,
    isUsable: media.altText.trim() !== "",
    uploadedById: media.uploadedById,
    createdAt: media.createdAt.toISOString(),
  };
}

/** Every storage key a row refers to: its main file and its variants. */
export function storageKeysOf(media: Pick<Media, "storageKey" | "variants">): string[] {
  return [...new Set([media.storageKey, ...parseMediaVariants(media.variants).map((variant) => variant.key)])];
}
