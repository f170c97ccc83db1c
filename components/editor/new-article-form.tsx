"use client";

import { useActionState } from "react";
import { FormMessage, fieldErrorOf, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";

const FORM_ID = "new-article";

/** Step one of a new article: a title makes a draft, and the editor opens on it. */
export function NewArticleForm({ action }: { action: TFormAction<never> }) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form" id={FORM_ID}>
      <Field id={`${FORM_ID}-title`} label="Title" error={fieldErrorOf(result, "title")}>
        {(control) => <input {...control} name="title" required maxLength={200} autoFocus />}
      </Field>
      <button type="submit" disabled={isPending}>
        Create draft
      </button>
      <FormMessage result={result} successText="Draft created." />
    </form>
  );
}
