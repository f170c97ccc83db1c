import Link from "next/link";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import type { TNewsroomArticle } from "@/lib/articles/list-newsroom-articles";
import { ARTICLE_STATUS_LABELS } from "./article-status-labels";

export function NewsroomArticleTable({ articles }: { articles: TNewsroomArticle[] }) {
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption className="visually-hidden">Articles, most recently changed first</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Authors</th>
            <th scope="col">Changed</th>
            <th scope="col">Scheduled for</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id}>
              <th scope="row">
                <Link href={`/admin/articles/${encodeURIComponent(article.id)}`}>{article.title || "Untitled"}</Link>
              </th>
              <td>
                <span className={`newsroom-status newsroom-status--${article.status.toLowerCase()}`}>{ARTICLE_STATUS_LABELS[article.status]}</span>
              </td>
              <td>{article.authors.join(", ") || "—"}</td>
              <td>
                <FormattedDateTime iso={article.updatedAt} />
              </td>
              <td>{article.scheduledFor ? <FormattedDateTime iso={article.scheduledFor} /> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
