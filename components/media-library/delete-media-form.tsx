"use client";

import { useActionState } from "react";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";

export function DeleteMediaForm({ mediaId, label, action }: { mediaId: string; label: string; action: TFormAction<void> }) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="admin-form media-delete"
      onSubmit={(event) => {
        if (!window.confirm("Delete this image for good? Articles that use it will show it no more.")) event.preventDefault();
      }}
    >
      <input type="hidden" name="mediaId" value={mediaId} />
      <button type="submit" className="button button--danger" disabled={isPending} aria-label={`Delete ${label}`}>
        Delete
      </button>
      <FormMessage result={result} successText="Image deleted." />
    </form>
  );
}
