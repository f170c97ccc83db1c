import Link from "next/link";
import { Byline } from "@/components/articles/byline";
import { CommentCount } from "@/components/articles/comment-count";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { TSearchResult } from "@/lib/search/search-articles";
import { HighlightedText } from "./highlighted-text";

function SearchResultCard({ result }: { result: TSearchResult }) {
  const href = `/articles/${encodeURIComponent(result.slug)}`;
  return (
    <article className="card search-result">
      <h2 className="card__headline">
        <Link href={href}>
          <HighlightedText segments={result.titleHighlights} />
        </Link>
      </h2>
      {result.snippet.length > 0 ? (
        <p className="search-result__snippet">
          <HighlightedText segments={result.snippet} />
        </p>
      ) : null}
      <p className="meta">
        {result.isVipOnly ? (
          <>
            <span className="search-result__vip">For VIP members</span>
            <span aria-hidden="true"> · </span>
          </>
        ) : null}
        <Byline authors={result.authors} />
        {result.authors.length > 0 ? <span aria-hidden="true"> · </span> : null}
        <FormattedDate iso={result.publishedAt} />
        <span aria-hidden="true"> · </span>
        <CommentCount count={result.commentCount} href={`${href}#comments`} />
      </p>
    </article>
  );
}

/** Ranked search results, best first; the page number continues the list's numbering. */
export function SearchResultList({ results, firstNumber }: { results: TSearchResult[]; firstNumber: number }) {
  return (
    <ol className="article-list search-results" role="list" start={firstNumber}>
      {results.map((result) => (
        <li key={result.id}>
          <SearchResultCard result={result} />
        </li>
      ))}
    </ol>
  );
}
