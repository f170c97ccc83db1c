"use server";

import { refreshingAction } from "@/lib/actions";
import { cancelJob } from "@/lib/articles/workflow/cancel-job";
import { rescheduleJob } from "@/lib/articles/workflow/reschedule-job";
import { ZJobInput, ZRescheduleJobFormInput } from "@/lib/articles/workflow/workflow-schemas";

// Thin adapters: the domain functions check article:publish themselves.

export const cancelJobAction = refreshingAction("cancelJob", "article:publish", ZJobInput, cancelJob);
export const rescheduleJobAction = refreshingAction("rescheduleJob", "article:publish", ZRescheduleJobFormInput, rescheduleJob);
