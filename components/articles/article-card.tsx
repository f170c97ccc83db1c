import Link from "next/link";
import type { TArticleSummary } from "@/lib/articles/article-summary";
import { articlePath } from "@/lib/articles/article-link";
import { ArticleMeta } from "./article-meta";

type TArticleCardProps = {
  article: TArticleSummary;
  /** The headline's level under the page's own headings. */
  headingLevel: 2 | 3;
};

export function ArticleCard({ article, headingLevel }: TArticleCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const href = articlePath(article);
  return (
    <article className="card">
      <Heading className="card__headline">
        <Link href={href}>{article.title}</Link>
      </Heading>
      {article.dek ? <p className="card__dek">{article.dek}</p> : null}
      <ArticleMeta authors={article.authors} publishedAt={article.publishedAt} commentCount={article.commentCount} href={href} />
    </article>
  );
}
