"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/actions";
import { startImportOfCheckedRun } from "@/lib/import/start-import-upload";

// Thin adapters: the domain functions check the caller's permission themselves. The upload
// itself is a route handler (upload/route.ts): an export exceeds an action's 1 MB.

export const importCheckedRunAction = validatedAction("importCheckedRun", "settings:manage", z.object({ runId: z.string().trim().min(1).max(64) }), async ({ runId }): Promise<undefined> => {
  const id = await startImportOfCheckedRun(runId);
  redirect(`/admin/import/${id}`);
});
