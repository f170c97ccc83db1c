import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { isValidMediaKey } from "./media-key";
import type { TMediaStorage } from "./media-storage";

// The default storage: files under one folder (MEDIA_DIR). The content type is derived from the
// key's extension, which we chose when we encoded the file, so no sidecar file is needed.

const CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
};

export function createLocalDiskStorage(rootDir: string): TMediaStorage {
  const root = resolve(rootDir);

  function pathFor(key: string): string | null {
    if (!isValidMediaKey(key)) return null;
    const path = resolve(join(root, key));
    // The pattern already rules out traversal; this keeps it true if the pattern ever loosens.
    return path.startsWith(root + sep) ? path : null;
  }

  return {
    async put(key, bytes, contentType) {
      const path = pathFor(key);
      if (!path) throw new Error(`Refusing to store under an invalid media key: ${JSON.stringify(key)}`);
      if (contentTypeFor(key) !== contentType) throw new Error(`${contentType} does not match the key ${key}`);
      await mkdir(dirname(path), { recursive: true });
      // "wx": keys are unique; never overwrite an existing file.
      await writeFile(path, bytes, { flag: "wx" });
    },
    async get(key) {
      const path = pathFor(key);
      if (!path) return null;
      try {
        const bytes = await readFile(path);
        return { bytes, contentType: contentTypeFor(key) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      const path = pathFor(key);
      if (!path) return;
      await rm(path, { force: true });
    },
  };
}

function contentTypeFor(key: string): string {
  return CONTENT_TYPES[key.slice(key.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}
