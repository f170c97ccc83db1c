import { randomUUID } from "node:crypto";

// Storage keys are made by us, never taken from an upload: `yyyy/mm/<id>-<width>.<ext>`. Every
// key is checked against this pattern before it reaches a file system path or an object store,
// so a key read from a URL cannot climb out of the media folder ("../", absolute paths, "\").

export const MEDIA_EXTENSIONS = ["jpg", "png", "webp", "gif"] as const;
export type TMediaExtension = (typeof MEDIA_EXTENSIONS)[number];

const MEDIA_KEY_PATTERN = /^\d{4}\/(0[1-9]|1[0-2])\/[a-z0-9]{10,32}-[1-9]\d{0,4}\.(jpg|png|webp|gif)$/;

export function isValidMediaKey(key: string): boolean {
  return MEDIA_KEY_PATTERN.test(key);
}

/** A new object id and the folder it goes in (UTC year and month of the upload). */
export function newMediaKeyPrefix(now: Date = new Date()): string {
  const year = String(now.getUTCFullYear()).padStart(4, "0");
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  // 32 random hex digits: unguessable, so a draft's images cannot be found by counting.
  return `${year}/${month}/${randomUUID().replaceAll("-", "")}`;
}

export function mediaKey(prefix: string, width: number, extension: TMediaExtension): string {
  const key = `${prefix}-${width}.${extension}`;
  if (!isValidMediaKey(key)) throw new Error(`Not a valid media key: ${key}`);
  return key;
}

/** The public address of a stored file (served by app/media/[...key]/route.ts). */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}
