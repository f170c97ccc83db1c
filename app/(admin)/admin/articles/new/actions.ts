"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions";
import { ZCreateArticleDraftInput } from "@/lib/articles/write/article-write-schemas";
import { createArticleDraft } from "@/lib/articles/write/create-article-draft";

export const createArticleDraftAction = validatedAction("createArticleDraft", "article:write-own", ZCreateArticleDraftInput, async (input) => {
  const draft = await createArticleDraft(input);
  redirect(`/admin/articles/${encodeURIComponent(draft.id)}/edit`);
});
