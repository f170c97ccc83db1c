import "server-only";
import { findSlugRedirect } from "@/lib/articles/find-slug-redirect";
import { db } from "@/lib/db/client";
import { PLACEHOLDER_CATEGORY } from "./wordpress-item";

// Where an old address of an imported site lives now. Posts go through the slug-redirect table
// (ArticleSlugRedirect, keyed by the old path, e.g. "/2026/09/slug/" or "/?p=123", which no
// Masthead slug can look like); archives and feeds map by pattern, tag and author slugs having
// come over unchanged.

const FEEDS = new Set(["feed", "rss"]);

export async function resolveOldAddress(segments: readonly string[]): Promise<string | null> {
  const parts = segments.map((segment) => segment.trim()).filter(Boolean);
  const [first, second, third] = parts;
  if (!first || parts.length > 6) return null;
  if (first === "p" && second && /^\d+$/.test(second) && parts.length === 2) return articleAt(`/?p=${second}`);
  if (FEEDS.has(first)) return second === "atom" ? "/atom.xml" : "/feed.xml";
  if (first === "comments" && second === "feed") return "/feed.xml";
  if ((first === "category" || first === "tag") && second) {
    // Nested categories (/category/parent/child/) come over as the last slug.
    const rest = parts.slice(1);
    const isFeed = FEEDS.has(rest.at(-1) ?? "");
    const slugs = (isFeed ? rest.slice(0, -1) : rest).filter((part, index, all) => part !== "page" && !(all[index - 1] === "page"));
    const slug = slugs.at(-1);
    if (!slug) return null;
    // WordPress's placeholder category held every post without another: its archive was the
    // whole site, and it does not come over as a tag (lib/import/wordpress-item.ts).
    if (first === "category" && slug === PLACEHOLDER_CATEGORY) return isFeed ? "/feed.xml" : "/";
    // A 301 to a tag we do not have would only be a slower 404.
    if (!(await tagExists(slug))) return null;
    return `/tags/${encodeURIComponent(slug)}${isFeed ? "/feed.xml" : ""}`;
  }
  if (first === "author" && second) return `/authors/${encodeURIComponent(second)}${third && FEEDS.has(third) ? "/feed.xml" : ""}`;
  // A post: its permalink, or its comment feed / AMP copy (then the article itself).
  const postParts = ["feed", "rss", "amp"].includes(parts.at(-1) ?? "") && parts.length > 1 ? parts.slice(0, -1) : parts;
  return articleAt(`/${postParts.join("/")}/`);
}

async function tagExists(slug: string): Promise<boolean> {
  return (await db.tag.count({ where: { slug } })) > 0;
}

async function articleAt(oldPath: string): Promise<string | null> {
  const slug = await findSlugRedirect(oldPath);
  return slug ? `/articles/${encodeURIComponent(slug)}` : null;
}
