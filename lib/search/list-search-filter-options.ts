import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";

export type TSearchFilterOptions = {
  tags: { slug: string; name: string }[];
  authors: { handle: string; name: string }[];
};

// The choice lists stay short enough for a <select>; a newsroom with more topics or writers
// than this still filters by any of them through the URL (?tag=slug).
const MAX_OPTIONS = 200;

/** Topics and bylined staff for the search page's filters, by name. */
export function listSearchFilterOptions(): Promise<TSearchFilterOptions> {
  // A name change of a tag expires `tags`; of an author, `articles` (lib/articles/cache-tags.ts).
  return cachedRead(["search-filter-options"], [cacheTags.tags, cacheTags.articles], async () => {
    const [tags, authors] = await Promise.all([
      db.tag.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], take: MAX_OPTIONS, select: { slug: true, name: true } }),
      db.user.findMany({
        where: { role: { in: ["ADMIN", "EDITOR", "AUTHOR"] }, handle: { not: null }, deletedAt: null },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: MAX_OPTIONS,
        select: { handle: true, name: true },
      }),
    ]);
    return {
      tags,
      authors: authors.flatMap((author) => (author.handle ? [{ handle: author.handle, name: author.name }] : [])),
    };
  });
}
