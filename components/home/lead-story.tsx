import Link from "next/link";
import { FeaturedImage } from "@/components/article/featured-image";
import { ArticleMeta } from "@/components/articles/article-meta";
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
        <ArticleMeta authors={article.authors} publishedAt={article.publishedAt} commentCount={article.commentCount} href={href} />
      </div>
    </article>
  );
}
