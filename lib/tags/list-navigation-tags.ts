import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";

export type TNavigationTag = { slug: string; name: string };

const NAVIGATION_TAG_COUNT = 6;

/**
 * The sections in the site header. Until editors can choose them, the first few tags by name:
 * a bounded query that needs no count of articles per tag.
 */
export function listNavigationTags(): Promise<TNavigationTag[]> {
  return cachedRead(["list-navigation-tags"], [cacheTags.tags], () =>
    db.tag.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], take: NAVIGATION_TAG_COUNT, select: { slug: true, name: true } }),
  );
}
