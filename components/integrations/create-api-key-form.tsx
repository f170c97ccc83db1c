"use client";

import { useActionState } from "react";
import { fieldErrorOf, FormMessage, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";

const FORM_ID = "create-api-key";

/** Makes a content API key and shows it once: only its hash is kept. */
export function CreateApiKeyForm({ action }: { action: TFormAction<{ id: string; key: string }> }) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form" id={FORM_ID}>
      <Field id={`${FORM_ID}-name`} label="Name of the new key" error={fieldErrorOf(result, "name")}>
        {(control) => <input {...control} name="name" required maxLength={100} />}
      </Field>
      <button type="submit" className="button" disabled={isPending}>
        Create key
      </button>
      <FormMessage result={result} successText="Key created. Copy it now: it will not be shown again." />
      {result?.ok ? (
        <p>
          <label htmlFor={`${FORM_ID}-key`}>The new key</label>
          <input id={`${FORM_ID}-key`} readOnly value={result.data.key} size={60} className="api-key-output" />
        </p>
      ) : null}
    </form>
  );
}
