"use client";

import { useActionState } from "react";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "@/components/admin/form-feedback";

const FORM_ID = "new-article";

/** Step one of a new article: a title makes a draft, and the editor opens on it. */
export function NewArticleForm({ action }: { action: TFormAction<never> }) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form" id={FORM_ID}>
      <div className="field">
        <label htmlFor={`${FORM_ID}-title`}>Title</label>
        <input id={`${FORM_ID}-title`} name="title" required maxLength={200} autoFocus {...fieldErrorProps(result, FORM_ID, "title")} />
        <FieldError result={result} formId={FORM_ID} field="title" />
      </div>
      <button type="submit" disabled={isPending}>
        Create draft
      </button>
      <FormMessage result={result} successText="Draft created." />
    </form>
  );
}
