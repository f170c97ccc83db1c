import "server-only";
import { cache } from "react";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { cachedRead } from "./cached-read";
import { cacheTags } from "./cache-tags";

const MAX_SLUG_LENGTH = 200;

async function readSlugRedirect(oldSlug: string): Promise<string | null> {
  const row = await db.articleSlugRedirect.findUnique({
    where: { oldSlug },
    select: { article: { select: { slug: true, status: true, publishedAt: true } } },
  });
  const article = row?.article;
  if (!article || article.status !== "PUBLISHED" || article.publishedAt === null || article.publishedAt > new Date()) return null;
  // A redirect to itself would loop; the article page handles the current slug.
  return article.slug === oldSlug ? null : article.slug;
}

/**
 * The current slug of the published article that used to live at `oldSlug`, or null. Cached
 * under article:<oldSlug>, which whoever publishes, unpublishes or renames the article expires
 * (lib/articles/cache-tags.ts: "the old slug on a slug change").
 */
export const findSlugRedirect = cache((oldSlug: string): Promise<string | null> => {
  if (oldSlug.length === 0 || oldSlug.length > MAX_SLUG_LENGTH) return Promise.resolve(null);
  return cachedRead(["article-slug-redirect", oldSlug], [cacheTags.article(oldSlug)], () => readSlugRedirect(oldSlug));
});
