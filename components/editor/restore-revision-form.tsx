"use client";

import { useActionState } from "react";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";

type TRestoreRevisionFormProps = { articleId: string; revisionId: string; baseVersion: number; action: TFormAction<never> };

export function RestoreRevisionForm({ articleId, revisionId, baseVersion, action }: TRestoreRevisionFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <p className="field-hint">Restoring saves this version&apos;s title, dek and body as a new version; the current one stays in the history.</p>
      <button type="submit" disabled={isPending}>
        Restore this revision
      </button>
      <FormMessage result={result} successText="Restored." />
    </form>
  );
}
