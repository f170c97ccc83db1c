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

export const submitForReviewAction = validatedAction("submitForReview", ZArticleTransitionInput, async (input) => {
  await submitForReview(input);
  refresh();
});

export const publishNowAction = validatedAction("publishNow", ZArticleTransitionInput, async (input) => {
  await publishNow(input);
  refresh();
});

export const schedulePublishAction = validatedAction("schedulePublish", ZArticleScheduleFormInput, async (input) => {
  await schedulePublish(input);
  refresh();
});

export const scheduleUnpublishAction = validatedAction("scheduleUnpublish", ZArticleScheduleFormInput, async (input) => {
  await scheduleUnpublish(input);
  refresh();
});

export const unpublishArticleAction = validatedAction("unpublishArticle", ZArticleTransitionInput, async (input) => {
  await unpublishArticle(input);
  refresh();
});

export const archiveArticleAction = validatedAction("archiveArticle", ZArticleTransitionInput, async (input) => {
  await archiveArticle(input);
  refresh();
});

export const cancelJobAction = validatedAction("cancelJob", ZJobInput, async (input) => {
  await cancelJob(input);
  refresh();
});

export const rescheduleJobAction = validatedAction("rescheduleJob", ZRescheduleJobFormInput, async (input) => {
  await rescheduleJob(input);
  refresh();
});

export const deleteArticleAction = validatedAction("deleteArticle", ZDeleteArticleFormInput, async ({ articleId, version }) => {
  await deleteArticle({ articleId, version });
  // The page it was posted from no longer exists.
  redirect("/admin/articles?deleted=1");
});
