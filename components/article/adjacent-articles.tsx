import Link from "next/link";
import type { TAdjacentArticles } from "@/lib/articles/get-adjacent-articles";
import { articlePath } from "@/lib/articles/article-link";

/** Previous and next stories in publication order, as a small navigation landmark. */
export function AdjacentArticles({ previous, next }: TAdjacentArticles) {
  if (!previous && !next) return null;
  return (
    <nav className="adjacent" aria-label="Previous and next stories">
      {previous ? (
        <Link href={articlePath(previous)} rel="prev" className="adjacent__link adjacent__link--previous">
          <span className="adjacent__label">
            <span aria-hidden="true">← </span>Previous story
          </span>
          <span className="adjacent__title">{previous.title}</span>
        </Link>
      ) : null}
      {next ? (
        <Link href={articlePath(next)} rel="next" className="adjacent__link adjacent__link--next">
          <span className="adjacent__label">
            Next story<span aria-hidden="true"> →</span>
          </span>
          <span className="adjacent__title">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
