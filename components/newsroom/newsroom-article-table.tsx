import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import type { TNewsroomArticle } from "@/lib/articles/list-newsroom-articles";
import { ARTICLE_STATUS_LABELS } from "./article-status-labels";

type TNewsroomArticleTableProps = Pick<Parameters<typeof AdminTable<TNewsroomArticle>>[0], "empty" | "pager"> & {
  articles: TNewsroomArticle[];
};

export function NewsroomArticleTable({ articles, ...table }: TNewsroomArticleTableProps) {
  return (
    <AdminTable
      {...table}
      caption="Articles, most recently changed first"
      columns={[
        {
          header: "Title",
          isRowHeader: true,
          cell: (article) => <Link href={`/admin/articles/${encodeURIComponent(article.id)}`}>{article.title || "Untitled"}</Link>,
        },
        {
          header: "Status",
          cell: (article) => (
            <span className={`newsroom-status newsroom-status--${article.status.toLowerCase()}`}>{ARTICLE_STATUS_LABELS[article.status]}</span>
          ),
        },
        { header: "Authors", cell: (article) => article.authors.join(", ") || "—" },
        { header: "Changed", cell: (article) => <FormattedDateTime iso={article.updatedAt} /> },
        { header: "Scheduled for", cell: (article) => (article.scheduledFor ? <FormattedDateTime iso={article.scheduledFor} /> : "—") },
      ]}
      rows={articles}
      rowKey={(article) => article.id}
    />
  );
}
