import type { Metadata } from "next";
import { ArticleEditForm } from "@/components/editor/article-edit-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { editableArticleOrRefuse } from "@/lib/articles/write/editable-article-or-refuse";
import { getArticleForEditorFor, listStaffForByline } from "@/lib/articles/write/get-article-for-editor";
import { listMediaForEditorAction, saveArticleAction } from "./actions";

type TEditArticlePageProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: TEditArticlePageProps) {
  const { id } = await params;
  const actor = await requirePagePermission("article:write-own", `/admin/articles/${encodeURIComponent(id)}/edit`);
  const article = await editableArticleOrRefuse(() => getArticleForEditorFor(actor, id));
  const staff = await listStaffForByline();
  return (
    <div className="page page--editor">
      <h1 className="page-title">Edit article</h1>
      <ArticleEditForm
        article={article}
        staff={staff}
        saveAction={saveArticleAction}
        mediaActions={{ list: listMediaForEditorAction }}
      />
    </div>
  );
}
