import "server-only";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { db } from "@/lib/db/client";
import { absoluteSiteUrl } from "./api-article-shape";
import type { TApiAuthor, TApiTag } from "./content-api-schemas";

const MAX_ROWS = 1000;

/** Every tag, by name (at most 1,000). Cached under `tags`, which tag changes expire. */
export function listApiTags(): Promise<{ data: TApiTag[] }> {
  return cachedRead(["content-api-tags"], [cacheTags.tags], async () => {
    const tags = await db.tag.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], take: MAX_ROWS, select: { slug: true, name: true, description: true } });
    return { data: tags.map((tag) => ({ ...tag, url: absoluteSiteUrl(`/tags/${encodeURIComponent(tag.slug)}`) })) };
  });
}

/** Staff with a public author page, by name (at most 1,000). Cached under `articles` (bylines change with them). */
export function listApiAuthors(): Promise<{ data: TApiAuthor[] }> {
  return cachedRead(["content-api-authors"], [cacheTags.articles], async () => {
    const users = await db.user.findMany({
      where: { handle: { not: null }, role: { in: ["ADMIN", "EDITOR", "AUTHOR"] }, deletedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_ROWS,
      select: { name: true, handle: true, bio: true, image: true },
    });
    return {
      data: users.flatMap((user) =>
        user.handle ? [{ name: user.name, handle: user.handle, bio: user.bio, image: user.image, url: absoluteSiteUrl(`/authors/${encodeURIComponent(user.handle)}`) }] : [],
      ),
    };
  });
}
