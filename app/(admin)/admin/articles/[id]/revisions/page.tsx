import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { RestoreRevisionForm } from "@/components/editor/restore-revision-form";
import { RevisionComparison } from "@/components/editor/revision-comparison";
import { requirePagePermission } from "@/lib/auth/guards";
import { editableArticleOrRefuse } from "@/lib/articles/write/editable-article-or-refuse";
import { getArticleForEditorFor } from "@/lib/articles/write/get-article-for-editor";
import { getRevisionFor, listRevisionsFor } from "@/lib/articles/write/list-revisions";
import { restoreRevisionAction } from "./actions";

type TRevisionsPageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string | string[] }> };

export const metadata: Metadata = { title: "Revisions" };

const SOURCE_LABELS: Record<string, string> = { editor: "Saved", autosave: "Autosaved", restore: "Restored", api: "API", import: "Imported" };

export default async function RevisionsPage({ params, searchParams }: TRevisionsPageProps) {
  const { id } = await params;
  const { revision: revisionParam } = await searchParams;
  const actor = await requirePagePermission("article:write-own", `/admin/articles/${encodeURIComponent(id)}/revisions`);
  const article = await editableArticleOrRefuse(() => getArticleForEditorFor(actor, id));
  const revisions = await listRevisionsFor(actor, id);
  const selectedId = typeof revisionParam === "string" ? revisionParam : undefined;
  const selected = selectedId ? await editableArticleOrRefuse(() => getRevisionFor(actor, id, selectedId)) : null;
  const editHref = `/admin/articles/${encodeURIComponent(id)}/edit`;

  return (
    <div className="page page--editor">
      <p className="meta">
        <Link href={editHref}>← Back to the editor</Link>
      </p>
      <h1 className="page-title">Revisions of “{article.title}”</h1>

      {selected ? (
        <section className="admin-panel" aria-labelledby="compare-heading">
          <h2 id="compare-heading">Version {selected.version} compared with the current version {article.version}</h2>
          <RevisionComparison revision={selected} current={{ title: article.title, dek: article.dek, body: article.body }} />
          <RestoreRevisionForm articleId={id} revisionId={selected.id} baseVersion={article.version} action={restoreRevisionAction} />
        </section>
      ) : null}

      <AdminTable
        caption="Saved versions, newest first"
        columns={[
          { header: "Saved", cell: (revision) => <FormattedDateTime iso={revision.savedAt} /> },
          { header: "By", cell: (revision) => revision.savedByName ?? "System" },
          { header: "How", cell: (revision) => SOURCE_LABELS[revision.source] ?? revision.source },
          { header: "Version", cell: (revision) => revision.version },
          {
            header: <span className="visually-hidden">Actions</span>,
            cell: (revision) => (
              <Link href={`/admin/articles/${encodeURIComponent(id)}/revisions?revision=${encodeURIComponent(revision.id)}`}>
                View version {revision.version}
              </Link>
            ),
          },
        ]}
        rows={revisions}
        rowKey={(revision) => revision.id}
        isCurrentRow={(revision) => revision.id === selected?.id}
        empty="No version has been saved yet."
      />
    </div>
  );
}
