import "server-only";
import { isValidMediaKey } from "./storage/media-key";
import { getMediaStorage } from "./storage/get-media-storage";
import type { TStoredObject } from "./storage/media-storage";

/**
 * A stored file for public serving, or null for a key we never made or a file that is gone.
 * Public on purpose: image URLs end up in published articles, feeds and other sites' caches.
 */
export async function getMediaFile(key: string): Promise<TStoredObject | null> {
  if (!isValidMediaKey(key)) return null;
  return getMediaStorage().get(key);
}
