"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions";
import { restoreRevision, ZRestoreRevisionInput } from "@/lib/articles/write/restore-revision";

export const restoreRevisionAction = validatedAction("restoreRevision", "article:write-own", ZRestoreRevisionInput, async (input) => {
  await restoreRevision(input);
  redirect(`/admin/articles/${encodeURIComponent(input.articleId)}/edit`);
});
