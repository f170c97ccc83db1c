"use server";

import { redirect } from "next/navigation";
import { refreshingAction, validatedAction, withoutResult } from "@/lib/actions";
import { archiveArticle } from "@/lib/articles/workflow/archive-article";
import { deleteArticle } from "@/lib/articles/workflow/delete-article";
import { publishNow } from "@/lib/articles/workflow/publish-article";
import { schedulePublish } from "@/lib/articles/workflow/schedule-publish";
import { scheduleUnpublish } from "@/lib/articles/workflow/schedule-unpublish";
import { submitForReview } from "@/lib/articles/workflow/submit-for-review";
import { unpublishArticle } from "@/lib/articles/workflow/unpublish-article";
import { ZArticleScheduleFormInput, ZArticleTransitionInput, ZDeleteArticleFormInput } from "@/lib/articles/workflow/workflow-schemas";

// Thin adapters: each domain function checks the caller's permission (and byline) itself, so a
// direct POST by someone without it is refused (403) before anything is read or written. The
// article's pending jobs use the jobs page's actions (app/(admin)/admin/jobs/actions.ts).

export const submitForReviewAction = refreshingAction("submitForReview", "article:write-own", ZArticleTransitionInput, withoutResult(submitForReview));
export const publishNowAction = refreshingAction("publishNow", "article:publish", ZArticleTransitionInput, withoutResult(publishNow));
export const schedulePublishAction = refreshingAction("schedulePublish", "article:publish", ZArticleScheduleFormInput, withoutResult(schedulePublish));
export const scheduleUnpublishAction = refreshingAction("scheduleUnpublish", "article:edit-any", ZArticleScheduleFormInput, withoutResult(scheduleUnpublish));
export const unpublishArticleAction = refreshingAction("unpublishArticle", "article:edit-any", ZArticleTransitionInput, withoutResult(unpublishArticle));
export const archiveArticleAction = refreshingAction("archiveArticle", "article:edit-any", ZArticleTransitionInput, withoutResult(archiveArticle));

export const deleteArticleAction = validatedAction("deleteArticle", "article:delete", ZDeleteArticleFormInput, async ({ articleId, version }) => {
  await deleteArticle({ articleId, version });
  // The page it was posted from no longer exists.
  redirect("/admin/articles?deleted=1");
});
