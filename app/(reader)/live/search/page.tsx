import type { Metadata } from "next";
import Link from "next/link";
import { NoSearchResults } from "@/components/search/no-search-results";
import { SearchForm } from "@/components/search/search-form";
import { SearchResultList } from "@/components/search/search-result-list";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { listSearchFilterOptions } from "@/lib/search/list-search-filter-options";
import { searchArticles, type TSearchResults } from "@/lib/search/search-articles";
import {
  hasSearchFilters,
  parseSearchRequest,
  SEARCH_RESULTS_PER_PAGE,
  searchHref,
  type TSearchRequest,
} from "@/lib/search/search-request";
import { listNavigationTags } from "@/lib/tags/list-navigation-tags";

type TSearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const number = new Intl.NumberFormat("en-US");

export async function generateMetadata({ searchParams }: TSearchPageProps): Promise<Metadata> {
  const { request } = parseSearchRequest(await searchParams);
  return {
    title: request.query ? `Search: ${request.query}` : "Search",
    alternates: { canonical: "/search" },
    // Result pages are for readers; search engines should index the stories themselves.
    robots: request.query ? { index: false, follow: true } : undefined,
  };
}

function resultCountText(found: TSearchResults, query: string): string {
  const stories = found.total === 1 ? "story matches" : "stories match";
  return found.totalIsCapped
    ? `More than ${number.format(found.total)} stories match “${query}”.`
    : `${number.format(found.total)} ${stories} “${query}”.`;
}

function SearchPager({ request, found }: { request: TSearchRequest; found: TSearchResults }) {
  const previous = request.page > 1 ? searchHref({ ...request, page: request.page - 1 }) : null;
  const next = found.hasNextPage ? searchHref({ ...request, page: request.page + 1 }) : null;
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label="More results">
      {previous ? (
        <Link href={previous} rel="prev">
          <span aria-hidden="true">←</span> Previous page
        </Link>
      ) : null}
      <span className="pager__position">Page {request.page}</span>
      {next ? (
        <Link href={next} rel="next" className="pager__next">
          Next page <span aria-hidden="true">→</span>
        </Link>
      ) : null}
    </nav>
  );
}

async function Results({ request }: { request: TSearchRequest }) {
  const found = await searchArticles(request);
  if (found.results.length === 0) {
    const [latest, tags] = await Promise.all([listPublishedArticles(), listNavigationTags()]);
    return (
      <NoSearchResults
        query={request.query}
        withoutFiltersHref={hasSearchFilters(request) ? searchHref({ query: request.query }) : null}
        latest={latest.articles.slice(0, 5)}
        tags={tags}
      />
    );
  }
  return (
    <>
      <p className="search-summary">{resultCountText(found, request.query)}</p>
      <SearchResultList results={found.results} firstNumber={(request.page - 1) * SEARCH_RESULTS_PER_PAGE + 1} />
      <SearchPager request={request} found={found} />
    </>
  );
}

export default async function SearchPage({ searchParams }: TSearchPageProps) {
  const params = await searchParams;
  const { request, errors } = parseSearchRequest(params);
  const options = await listSearchFilterOptions();
  const hasErrors = Object.keys(errors).length > 0;
  // Fields are filled back as typed (dates as understood), so a reader can correct them.
  const values = {
    q: singleSearchParam(params.q) ?? "",
    tag: request.tag ?? singleSearchParam(params.tag) ?? "",
    author: request.author ?? singleSearchParam(params.author) ?? "",
    from: request.from ?? "",
    to: request.to ?? "",
  };

  return (
    <div className="page page--narrow page--search">
      <h1 className="page-title">Search</h1>
      <SearchForm values={values} errors={errors} options={options} />
      {hasErrors ? (
        <p className="search-summary search-summary--error">
          {errors.page ?? "Please correct the search above: nothing was searched yet."}
        </p>
      ) : request.query === "" ? (
        <p className="search-summary">Type a word or two to search every published story. Use quotes for an exact phrase, and a minus sign to leave a word out.</p>
      ) : (
        <section aria-label="Search results">
          <Results request={request} />
        </section>
      )}
    </div>
  );
}
