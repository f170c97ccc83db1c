import "server-only";
import { cache } from "react";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";

export type TAuthorProfile = {
  id: string;
  name: string;
  handle: string;
  bio: string;
};

const MAX_HANDLE_LENGTH = 100;

/**
 * The public profile at /authors/<handle>, or null. Only staff have handles, and only staff
 * with a byline role get a page: a former author demoted to member keeps no public page.
 */
export const getAuthorByHandle = cache((handle: string): Promise<TAuthorProfile | null> => {
  if (handle.length === 0 || handle.length > MAX_HANDLE_LENGTH) return Promise.resolve(null);
  return cachedRead(["author-by-handle", handle], [cacheTags.author(handle)], async () => {
    const user = await db.user.findUnique({
      where: { handle },
      select: { id: true, name: true, handle: true, bio: true, role: true },
    });
    if (!user || user.handle === null || user.role === "MEMBER") return null;
    return { id: user.id, name: user.name, handle: user.handle, bio: user.bio };
  });
});
