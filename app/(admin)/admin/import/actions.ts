"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { actionFailure, validatedAction, type TActionResult } from "@/lib/actions";
import { startImportFromForm, startImportOfCheckedRun } from "@/lib/import/start-import-upload";
import { refuseForbiddenScriptedCall } from "@/lib/media/refuse-forbidden-scripted-call";

// Thin adapters: the domain functions check the caller's permission themselves.

export async function startImportAction(_previous: TActionResult<{ runId: string }> | null, formData: FormData): Promise<TActionResult<{ runId: string }>> {
  let result: TActionResult<{ runId: string }>;
  try {
    result = await startImportFromForm(formData);
  } catch (error) {
    await refuseForbiddenScriptedCall(error);
    return actionFailure("startImport", error);
  }
  if (result.ok) redirect(`/admin/import/${result.data.runId}`);
  return result;
}

export const importCheckedRunAction = validatedAction("importCheckedRun", "settings:manage", z.object({ runId: z.string().trim().min(1).max(64) }), async ({ runId }): Promise<undefined> => {
  const id = await startImportOfCheckedRun(runId);
  redirect(`/admin/import/${id}`);
});
