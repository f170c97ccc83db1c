import "server-only";
import { serverEnv } from "@/lib/env";
import { createLocalDiskStorage } from "./local-disk-storage";
import type { TMediaStorage } from "./media-storage";

// The one place that chooses where media lives. Today: the local disk under MEDIA_DIR.

let storage: TMediaStorage | undefined;

export function getMediaStorage(): TMediaStorage {
  storage ??= createLocalDiskStorage(serverEnv().MEDIA_DIR);
  return storage;
}
