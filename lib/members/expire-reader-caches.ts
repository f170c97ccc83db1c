import "server-only";
import { expireCacheTags, type TExpireOptions } from "@/lib/articles/expire-cache-tags";
import { cacheTags } from "@/lib/articles/cache-tags";
import { db } from "@/lib/db/client";

/**
 * The cached reader pages that show a person's name or bio: the comment threads they wrote in,
 * and for staff their author page and the bylines in article lists (lib/articles/cache-tags.ts).
 * Read before the change when the handle is about to be erased.
 */
export async function readerCacheTagsForUser(user: { id: string; handle: string | null }): Promise<string[]> {
  const commented = await db.comment.findMany({
    where: { authorId: user.id },
    distinct: ["articleId"],
    select: { articleId: true },
  });
  const tags = commented.map(({ articleId }) => cacheTags.comments(articleId));
  if (user.handle) tags.push(cacheTags.author(user.handle), cacheTags.articles);
  return tags;
}

/**
 * Expires cached reads at once rather than serving them stale once more: after a name change
 * or an account deletion, the old name must not be shown again. Called after the transaction
 * commits; the one expiry path, under the name these callers know.
 */
export function expireReaderCaches(tags: readonly string[], options: TExpireOptions = {}): Promise<void> {
  return expireCacheTags(tags, options);
}
