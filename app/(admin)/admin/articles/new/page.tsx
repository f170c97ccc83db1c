import type { Metadata } from "next";
import { NewArticleForm } from "@/components/editor/new-article-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { createArticleDraftAction } from "./actions";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requirePagePermission("article:write-own", "/admin/articles/new");
  return (
    <div className="page page--narrow">
      <h1 className="page-title">New article</h1>
      <NewArticleForm action={createArticleDraftAction} />
    </div>
  );
}
