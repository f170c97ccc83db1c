import Link from "next/link";
import { TagLinks } from "@/components/article/tag-links";
import type { TArticleSummary } from "@/lib/articles/article-summary";
import type { TNavigationTag } from "@/lib/tags/list-navigation-tags";

type TNoSearchResultsProps = {
  query: string;
  /** Where the same words lead without the filters; null when there were none. */
  withoutFiltersHref: string | null;
  latest: TArticleSummary[];
  tags: TNavigationTag[];
};

/** Says plainly that nothing matched, then offers ways on: other words, no filters, or browsing. */
export function NoSearchResults({ query, withoutFiltersHref, latest, tags }: TNoSearchResultsProps) {
  return (
    <div className="empty-state search-empty">
      <p className="empty-state__title">No stories match “{query}”.</p>
      <ul className="search-empty__tips">
        <li>Try fewer words, or different ones: a name, a place, a topic.</li>
        <li>Check the spelling.</li>
        {withoutFiltersHref ? (
          <li>
            <Link href={withoutFiltersHref}>Search all stories for “{query}”</Link>, without the filters.
          </li>
        ) : null}
      </ul>
      {tags.length > 0 ? (
        <section aria-labelledby="search-topics-heading" className="search-empty__browse">
          <h2 id="search-topics-heading" className="section-title">
            Browse by topic
          </h2>
          <TagLinks tags={tags} />
        </section>
      ) : null}
      {latest.length > 0 ? (
        <section aria-labelledby="search-latest-heading" className="search-empty__browse">
          <h2 id="search-latest-heading" className="section-title">
            Latest stories
          </h2>
          <ul role="list" className="link-list">
            {latest.map((article) => (
              <li key={article.id}>
                <Link href={`/articles/${encodeURIComponent(article.slug)}`}>{article.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
