"use client";

import { useActionState } from "react";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "@/components/admin/form-feedback";

const FORM_ID = "change-password";

type TChangePasswordFormProps = { minLength: number; action: TFormAction<void> };

export function ChangePasswordForm({ minLength, action }: TChangePasswordFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="account-form" id={FORM_ID}>
      <div className="field">
        <label htmlFor={`${FORM_ID}-current`}>Current password</label>
        <input
          id={`${FORM_ID}-current`}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          {...fieldErrorProps(result, FORM_ID, "currentPassword")}
        />
        <FieldError result={result} formId={FORM_ID} field="currentPassword" />
      </div>
      <div className="field">
        <label htmlFor={`${FORM_ID}-new`}>New password</label>
        <p className="field-hint" id={`${FORM_ID}-new-hint`}>
          At least {minLength} characters. A few unrelated words make a good one.
        </p>
        <input
          id={`${FORM_ID}-new`}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          {...fieldErrorProps(result, FORM_ID, "newPassword", `${FORM_ID}-new-hint`)}
        />
        <FieldError result={result} formId={FORM_ID} field="newPassword" />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        Change password
      </button>
      <FormMessage result={result} successText="Password changed. You stay signed in here; your other sessions have ended." />
    </form>
  );
}
