"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";

/** "Import it" under a finished check: the same file, for real. */
export function ImportCheckedForm({ action, runId }: { action: TFormAction<undefined>; runId: string }) {
  const [result, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form">
      <input type="hidden" name="runId" value={runId} />
      <ImportButton />
      <FormMessage result={result} successText="Import started." />
    </form>
  );
}

function ImportButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button" disabled={pending}>
      {pending ? "Starting…" : "Import this file"}
    </button>
  );
}
