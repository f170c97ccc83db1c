import Link from "next/link";
import { FormattedDate } from "@/components/ui/formatted-date";
import { articlePath, type TArticleLink } from "@/lib/articles/article-link";

/** "Related stories": others on the same topics. Nothing at all when there are none. */
export function RelatedArticles({ articles }: { articles: TArticleLink[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 className="section-title" id="related-heading">
        Related stories
      </h2>
      <ul className="related__list" role="list">
        {articles.map((article) => (
          <li key={article.id}>
            <Link href={articlePath(article)}>{article.title}</Link>
            <p className="meta">
              <FormattedDate iso={article.publishedAt} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
