import "server-only";
import sharp, { type Sharp } from "sharp";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { toMediaItem, type TMediaItem, type TMediaVariant } from "./media-item";
import { ZAltText, ZCaption, ZCredit } from "./media-schemas";
import { sniffImageTypeOrThrow, type TImageType } from "./sniff-image-type";
import { mediaKey, newMediaKeyPrefix } from "./storage/media-key";
import { getMediaStorage } from "./storage/get-media-storage";

// An upload becomes one Media row and a few files we encoded ourselves: the image in its own
// format at full size, and WebP copies at responsive widths. The uploaded bytes are never
// stored: re-encoding drops EXIF (GPS positions, camera serials) and anything smuggled after
// the image data. sharp writes no metadata unless asked (keepExif/withMetadata), and we never ask.

/** Responsive widths for the WebP variants; an image is never scaled up to reach one. */
export const MEDIA_VARIANT_WIDTHS = [480, 960, 1600] as const;
/** Refuse larger images before decoding them: a small file can decode to gigabytes. */
export const MEDIA_MAX_DIMENSION = 12_000;
export const MEDIA_MAX_PIXELS = 50_000_000;

const WEBP_QUALITY = 80;
const JPEG_QUALITY = 85;

export const ZUploadImageInput = z.object({
  bytes: z.instanceof(Uint8Array, { message: "Choose an image to upload." }),
  originalName: z
    .string()
    .trim()
    .transform((name) => name.slice(0, 255)),
  altText: ZAltText.default(""),
  caption: ZCaption.default(null),
  credit: ZCredit.default(null),
});
export type TUploadImageInput = z.input<typeof ZUploadImageInput>;

export async function uploadImage(input: TUploadImageInput): Promise<TMediaItem> {
  return uploadImageFor(await requirePermission("article:write-own"), input);
}

export async function uploadImageFor(actor: TCurrentUser, rawInput: TUploadImageInput): Promise<TMediaItem> {
  assertPermission(actor, "article:write-own");
  const input = parseInputOrThrow(ZUploadImageInput, rawInput);
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  assertUploadSize(bytes.byteLength);
  const type = sniffImageTypeOrThrow(bytes);
  await assertReasonableDimensions(bytes);

  const encoded = await encodeImage(bytes, type);
  const prefix = newMediaKeyPrefix();
  const main = { ...encoded.main, key: mediaKey(prefix, encoded.main.width, type.extension) };
  const variants = encoded.variants.map((variant) => ({ ...variant, key: mediaKey(prefix, variant.width, "webp") }));
  const files = uniqueByKey([main, ...variants]);

  const storage = getMediaStorage();
  const stored: string[] = [];
  try {
    for (const file of files) {
      await storage.put(file.key, file.bytes, file.mimeType);
      stored.push(file.key);
    }
    const media = await db.media.create({
      data: {
        storageKey: main.key,
        originalName: input.originalName || "image",
        mimeType: main.mimeType,
        width: main.width,
        height: main.height,
        byteSize: main.bytes.byteLength,
        altText: input.altText,
        caption: input.caption,
        credit: input.credit,
        variants: variants.map(({ width, height, key, bytes: data, mimeType }): TMediaVariant => ({ width, height, key, byteSize: data.byteLength, mimeType })),
        uploadedById: actor.id,
      },
    });
    return toMediaItem(media);
  } catch (error) {
    // Leave no orphan files behind a failed upload.
    await Promise.all(stored.map((key) => storage.delete(key).catch((cause: unknown) => logError("media cleanup failed", cause, { key }))));
    throw error;
  }
}

export function assertUploadSize(byteSize: number): void {
  const limit = serverEnv().MEDIA_MAX_UPLOAD_BYTES;
  if (byteSize > limit) {
    const message = `The image is too large: upload one of at most ${formatMegabytes(limit)}.`;
    throw new AppError("BAD_INPUT", message, { fieldErrors: { file: message } });
  }
  if (byteSize === 0) {
    throw new AppError("BAD_INPUT", "Choose an image to upload.", { fieldErrors: { file: "Choose an image to upload." } });
  }
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

function unreadableImage(cause: unknown): AppError {
  const message = "This image could not be read. It may be damaged; try saving it again or upload another.";
  return new AppError("BAD_INPUT", message, { fieldErrors: { file: message }, cause, message: `sharp failed: ${String(cause)}` });
}

function openImage(bytes: Buffer): Sharp {
  // limitInputPixels makes sharp itself refuse a decompression bomb that slipped past the header check.
  return sharp(bytes, { limitInputPixels: MEDIA_MAX_PIXELS, failOn: "error" });
}

async function assertReasonableDimensions(bytes: Buffer): Promise<void> {
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = await openImage(bytes).metadata());
  } catch (cause) {
    throw unreadableImage(cause);
  }
  if (!width || !height) throw unreadableImage(new Error("no dimensions"));
  if (width > MEDIA_MAX_DIMENSION || height > MEDIA_MAX_DIMENSION || width * height > MEDIA_MAX_PIXELS) {
    const message = `The image is too big: at most ${MEDIA_MAX_DIMENSION.toLocaleString("en")} pixels on a side and ${MEDIA_MAX_PIXELS / 1_000_000} megapixels.`;
    throw new AppError("BAD_INPUT", message, { fieldErrors: { file: message } });
  }
}

type TEncodedFile = { bytes: Buffer; width: number; height: number; mimeType: string };

async function encodeImage(bytes: Buffer, type: TImageType): Promise<{ main: TEncodedFile; variants: TEncodedFile[] }> {
  try {
    // rotate() with no angle applies the EXIF orientation, so the pixels are upright once the
    // orientation tag is gone. GIFs are read as their first frame (sharp's default: one page).
    const oriented = openImage(bytes).rotate();
    const main = await encode(reencodeAs(oriented.clone(), type));
    const variantWidths = widthsFor(main.width);
    const variants = await Promise.all(
      variantWidths.map((width) =>
        encode(oriented.clone().resize({ width, withoutEnlargement: true }).webp({ quality: WEBP_QUALITY })),
      ),
    );
    return { main, variants };
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw unreadableImage(cause);
  }
}

/** The responsive widths an image of this width gets; a narrow image gets one at its own width. */
export function widthsFor(imageWidth: number): number[] {
  const widths = MEDIA_VARIANT_WIDTHS.filter((width) => width < imageWidth);
  return [...widths, Math.min(imageWidth, MEDIA_VARIANT_WIDTHS.at(-1)!)].filter((width, index, all) => all.indexOf(width) === index);
}

function reencodeAs(image: Sharp, type: TImageType): Sharp {
  switch (type.extension) {
    case "jpg":
      return image.jpeg({ quality: JPEG_QUALITY, mozjpeg: true });
    case "png":
      return image.png({ compressionLevel: 9 });
    case "webp":
      return image.webp({ quality: WEBP_QUALITY });
    case "gif":
      return image.gif();
  }
}

async function encode(image: Sharp): Promise<TEncodedFile> {
  const { data, info } = await image.toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height, mimeType: `image/${info.format === "jpeg" ? "jpeg" : info.format}` };
}

function uniqueByKey<T extends { key: string }>(files: T[]): T[] {
  return files.filter((file, index) => files.findIndex((other) => other.key === file.key) === index);
}
