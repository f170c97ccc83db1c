"use server";

import { redirect } from "next/navigation";
import { refreshingAction, validatedAction, withoutResult } from "@/lib/actions";
import { archiveArticle } from "@/lib/articles/workflow/archive-article";
import { cancelJob } from "@/lib/articles/workflow/cancel-job";
import { deleteArticle } from "@/lib/articles/workflow/delete-article";
import { publishNow } from "@/lib/articles/workflow/publish-article";
import { rescheduleJob } from "@/lib/articles/workflow/reschedule-job";
import { schedulePublish } from "@/lib/articles/workflow/schedule-publish";
import { scheduleUnpublish } from "@/lib/articles/workflow/schedule-unpublish";
import { submitForReview } from "@/lib/articles/workflow/submit-for-review";
import { unpublishArticle } from "@/lib/articles/workflow/unpublish-article";
import {
  ZArticleScheduleFormInput,
  ZArticleTransitionInput,
  ZDeleteArticleFormInput,
  ZJobInput,
  ZRescheduleJobFormInput,
} from "@/lib/articles/workflow/workflow-schemas";

// Thin adapters: each domain function checks the caller's permission (and byline) itself, so a
// direct POST by someone without it is refused (403) before anything is read or written.

export const submitForReviewAction = refreshingAction("submitForReview", "article:write-own", ZArticleTransitionInput, withoutResult(submitForReview));
export const publishNowAction = refreshingAction("publishNow", "article:publish", ZArticleTransitionInput, withoutResult(publishNow));
export const schedulePublishAction = refreshingAction("schedulePublish", "article:publish", ZArticleScheduleFormInput, withoutResult(schedulePublish));
export const scheduleUnpublishAction = refreshingAction("scheduleUnpublish", "article:edit-any", ZArticleScheduleFormInput, withoutResult(scheduleUnpublish));
export const unpublishArticleAction = refreshingAction("unpublishArticle", "article:edit-any", ZArticleTransitionInput, withoutResult(unpublishArticle));
export const archiveArticleAction = refreshingAction("archiveArticle", "article:edit-any", ZArticleTransitionInput, withoutResult(archiveArticle));
export const cancelJobAction = refreshingAction("cancelJob", "article:publish", ZJobInput, cancelJob);
export const rescheduleJobAction = refreshingAction("rescheduleJob", "article:publish", ZRescheduleJobFormInput, rescheduleJob);

export const deleteArticleAction = validatedAction("deleteArticle", "article:delete", ZDeleteArticleFormInput, async ({ articleId, version }) => {
  await deleteArticle({ articleId, version });
  // The page it was posted from no longer exists.
  redirect("/admin/articles?deleted=1");
});
