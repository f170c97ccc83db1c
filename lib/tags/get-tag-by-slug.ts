import "server-only";
import { cache } from "react";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";

export type TTagProfile = {
  id: string;
  slug: string;
  name: string;
  description: string;
};

const MAX_SLUG_LENGTH = 200;

/** The tag at /tags/<slug>, or null. */
export const getTagBySlug = cache((slug: string): Promise<TTagProfile | null> => {
  if (slug.length === 0 || slug.length > MAX_SLUG_LENGTH) return Promise.resolve(null);
  return cachedRead(["tag-by-slug", slug], [cacheTags.tag(slug), cacheTags.tags], () =>
    db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } }),
  );
});
