import { AppError } from "@/lib/errors";
import type { TMediaExtension } from "./storage/media-key";

// What an upload really is, from its first bytes only: the file name and the browser's content
// type are whatever the uploader says they are. SVG is refused on purpose: it is a document
// that can carry scripts, not a picture we can re-encode.

export type TImageType = { mimeType: "image/jpeg" | "image/png" | "image/webp" | "image/gif"; extension: TMediaExtension };

export const UNSUPPORTED_IMAGE_MESSAGE = "Upload a JPEG, PNG, WebP or GIF image.";

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** The image type, or null when the bytes are not a JPEG, PNG, WebP or GIF. */
export function detectImageType(bytes: Uint8Array): TImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mimeType: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mimeType: "image/png", extension: "png" };
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return { mimeType: "image/gif", extension: "gif" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return { mimeType: "image/webp", extension: "webp" };
  return null;
}

export function sniffImageTypeOrThrow(bytes: Uint8Array): TImageType {
  const type = detectImageType(bytes);
  if (!type) throw new AppError("BAD_INPUT", UNSUPPORTED_IMAGE_MESSAGE, { fieldErrors: { file: UNSUPPORTED_IMAGE_MESSAGE } });
  return type;
}
