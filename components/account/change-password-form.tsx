"use client";

import { useActionState } from "react";
import { FormMessage, fieldErrorOf, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";

const FORM_ID = "change-password";

type TChangePasswordFormProps = { minLength: number; action: TFormAction<void> };

export function ChangePasswordForm({ minLength, action }: TChangePasswordFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="account-form" id={FORM_ID}>
      <Field id={`${FORM_ID}-current`} label="Current password" error={fieldErrorOf(result, "currentPassword")}>
        {(control) => <input {...control} name="currentPassword" type="password" autoComplete="current-password" required />}
      </Field>
      <Field
        id={`${FORM_ID}-new`}
        label="New password"
        hint={`At least ${minLength} characters. A few unrelated words make a good one.`}
        error={fieldErrorOf(result, "newPassword")}
      >
        {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" required minLength={minLength} />}
      </Field>
      <button type="submit" className="button" disabled={isPending}>
        Change password
      </button>
      <FormMessage result={result} successText="Password changed. You stay signed in here; your other sessions have ended." />
    </form>
  );
}
