import type { ReactNode } from "react";
import type { TArticleSummary } from "@/lib/articles/article-summary";
import { ArticleCard } from "./article-card";

type TArticleListProps = {
  articles: TArticleSummary[];
  headingLevel: 2 | 3;
  /** Shown instead of an empty list. */
  empty: ReactNode;
};

export function ArticleList({ articles, headingLevel, empty }: TArticleListProps) {
  if (articles.length === 0) return <div className="empty-state">{empty}</div>;
  return (
    <ol className="article-list" role="list">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
