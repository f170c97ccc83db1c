"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions";
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

export const submitForReviewAction = validatedAction("submitForReview", "article:write-own", ZArticleTransitionInput, async (input) => {
  await submitForReview(input);
  refresh();
});

export const publishNowAction = validatedAction("publishNow", "article:publish", ZArticleTransitionInput, async (input) => {
  await publishNow(input);
  refresh();
});

export const schedulePublishAction = validatedAction("schedulePublish", "article:publish", ZArticleScheduleFormInput, async (input) => {
  await schedulePublish(input);
  refresh();
});

export const scheduleUnpublishAction = validatedAction("scheduleUnpublish", "article:edit-any", ZArticleScheduleFormInput, async (input) => {
  await scheduleUnpublish(input);
  refresh();
});

export const unpublishArticleAction = validatedAction("unpublishArticle", "article:edit-any", ZArticleTransitionInput, async (input) => {
  await unpublishArticle(input);
  refresh();
});

export const archiveArticleAction = validatedAction("archiveArticle", "article:edit-any", ZArticleTransitionInput, async (input) => {
  await archiveArticle(input);
  refresh();
});

export const cancelJobAction = validatedAction("cancelJob", "article:publish", ZJobInput, async (input) => {
  await cancelJob(input);
  refresh();
});

export const rescheduleJobAction = validatedAction("rescheduleJob", "article:publish", ZRescheduleJobFormInput, async (input) => {
  await rescheduleJob(input);
  refresh();
});

export const deleteArticleAction = validatedAction("deleteArticle", "article:delete", ZDeleteArticleFormInput, async ({ articleId, version }) => {
  await deleteArticle({ articleId, version });
  // The page it was posted from no longer exists.
  redirect("/admin/articles?deleted=1");
});
