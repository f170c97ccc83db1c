"use client";

import { useActionState } from "react";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "./form-feedback";

const FORM_ID = "ban-user";

type TBanUserFormProps = { userId: string; reasonMaxLength: number; action: TFormAction<void> };

export function BanUserForm({ userId, reasonMaxLength, action }: TBanUserFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form" id={FORM_ID}>
      <input type="hidden" name="userId" value={userId} />
      <div className="field">
        <label htmlFor={`${FORM_ID}-reason`}>Reason for the ban</label>
        <p className="field-hint" id={`${FORM_ID}-reason-hint`}>
          The user is shown this reason, and it is kept in the audit log.
        </p>
        <textarea
          id={`${FORM_ID}-reason`}
          name="reason"
          rows={3}
          required
          maxLength={reasonMaxLength}
          {...fieldErrorProps(result, FORM_ID, "reason", `${FORM_ID}-reason-hint`)}
        />
        <FieldError result={result} formId={FORM_ID} field="reason" />
      </div>
      <button type="submit" className="button button--danger" disabled={isPending}>
        Ban user
      </button>
      <FormMessage result={result} successText="User banned. Their sessions have ended." />
    </form>
  );
}
