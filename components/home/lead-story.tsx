import Link from "next/link";
import { FeaturedImage } from "@/components/article/featured-image";
import { Byline } from "@/components/articles/byline";
import { CommentCount } from "@/components/articles/comment-count";
import { FormattedDate } from "@/components/ui/formatted-date";
import type { TLeadArticle } from "@/lib/articles/get-lead-article";
import { articlePath } from "@/lib/articles/article-link";

/** The front page's top story: a large headline, its dek and, when it has one, its picture. */
export function LeadStory({ article }: { article: TLeadArticle }) {
  const href = articlePath(article);
  return (
    <article className="lead-story">
      {article.featuredImageUrl ? (
        <div className="lead-story__image">
          <FeaturedImage url={article.featuredImageUrl} alt={article.featuredImageAlt} />
        </div>
      ) : null}
      <div className="lead-story__text">
        <h2 className="lead-story__headline">
          <Link href={href}>{article.title}</Link>
        </h2>
        {article.dek ? <p className="lead-story__dek">{article.dek}</p> : null}
        <p className="meta">
          <Byline authors={article.authors} />
          {article.authors.length > 0 ? <span aria-hidden="true"> · </span> : null}
          <FormattedDate iso={article.publishedAt} />
          <span aria-hidden="true"> · </span>
          <CommentCount count={article.commentCount} href={`${href}#comments`} />
        </p>
      </div>
    </article>
  );
}
