import Link from "next/link";
import type { TArticleSummary } from "@/lib/articles/article-summary";
import { FormattedDate } from "@/components/ui/formatted-date";
import { Byline } from "./byline";
import { CommentCount } from "./comment-count";

type TArticleCardProps = {
  article: TArticleSummary;
  /** The headline's level under the page's own headings. */
  headingLevel: 2 | 3;
};

export function ArticleCard({ article, headingLevel }: TArticleCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const href = `/articles/${encodeURIComponent(article.slug)}`;
  return (
    <article className="card">
      <Heading className="card__headline">
        <Link href={href}>{article.title}</Link>
      </Heading>
      {article.dek ? <p className="card__dek">{article.dek}</p> : null}
      <p className="meta">
        <Byline authors={article.authors} />
        {article.authors.length > 0 ? <span aria-hidden="true"> · </span> : null}
        <FormattedDate iso={article.publishedAt} />
        <span aria-hidden="true"> · </span>
        <CommentCount count={article.commentCount} href={`${href}#comments`} />
      </p>
    </article>
  );
}
