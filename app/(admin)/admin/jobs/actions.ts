"use server";

import { refresh } from "next/cache";
import { validatedAction } from "@/lib/actions";
import { cancelJob } from "@/lib/articles/workflow/cancel-job";
import { rescheduleJob } from "@/lib/articles/workflow/reschedule-job";
import { ZJobInput, ZRescheduleJobFormInput } from "@/lib/articles/workflow/workflow-schemas";

// Thin adapters: the domain functions check article:publish themselves.

export const cancelJobAction = validatedAction("cancelJob", "article:publish", ZJobInput, async (input) => {
  await cancelJob(input);
  refresh();
});

export const rescheduleJobAction = validatedAction("rescheduleJob", "article:publish", ZRescheduleJobFormInput, async (input) => {
  await rescheduleJob(input);
  refresh();
});
