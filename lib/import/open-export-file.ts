import "server-only";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";

/** Reads an export as text chunks, unpacking gzip (recognised by its magic bytes, not the name). */
export async function openExportFile(path: string): Promise<Readable> {
  const handle = await open(path, "r");
  const head = Buffer.alloc(2);
  try {
    await handle.read(head, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const isGzip = head[0] === 0x1f && head[1] === 0x8b;
  if (!isGzip) return file.setEncoding("utf8");
  const gunzip = createGunzip();
  file.on("error", (error) => gunzip.destroy(error));
  return file.pipe(gunzip).setEncoding("utf8");
}
