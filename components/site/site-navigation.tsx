import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { listNavigationTags, type TNavigationTag } from "@/lib/tags/list-navigation-tags";
import { logError } from "@/lib/log";

async function navigationTags(): Promise<TNavigationTag[]> {
  try {
    return await listNavigationTags();
  } catch (error) {
    unstable_rethrow(error);
    // The header is on every page, including the error pages: without the database it shows
    // no sections rather than taking the whole page down with it.
    logError("site navigation: could not list tags", error);
    return [];
  }
}

export async function SiteNavigation() {
  // Never rendered at build time (`next build` must not need a database): the layouts around
  // it either call connection() or sit below a dynamic segment (docs/decisions/0011).
  const tags = await navigationTags();
  return (
    <nav className="site-nav" aria-label="Sections">
      <ul role="list">
        <li>
          <Link href="/">Latest</Link>
        </li>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={`/tags/${encodeURIComponent(tag.slug)}`}>{tag.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
