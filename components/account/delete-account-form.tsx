"use client";

import { useActionState } from "react";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "@/components/admin/form-feedback";

const FORM_ID = "delete-account";

type TDeleteAccountFormProps = {
  /** Accounts with a password confirm with it; the rest type their email address. */
  confirmWith: "password" | "email";
  action: TFormAction<void>;
};

export function DeleteAccountForm({ confirmWith, action }: TDeleteAccountFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  const label = confirmWith === "password" ? "Your password" : "Your email address";
  return (
    <form action={formAction} className="account-form" id={FORM_ID}>
      <div className="field">
        <label htmlFor={`${FORM_ID}-confirmation`}>{label}</label>
        <p className="field-hint" id={`${FORM_ID}-confirmation-hint`}>
          Type your {confirmWith === "password" ? "password" : "email address"} to confirm. This cannot be undone.
        </p>
        <input
          id={`${FORM_ID}-confirmation`}
          name="confirmation"
          type={confirmWith === "password" ? "password" : "email"}
          autoComplete={confirmWith === "password" ? "current-password" : "email"}
          required
          {...fieldErrorProps(result, FORM_ID, "confirmation", `${FORM_ID}-confirmation-hint`)}
        />
        <FieldError result={result} formId={FORM_ID} field="confirmation" />
      </div>
      <button type="submit" className="button button--danger" disabled={isPending}>
        Delete my account
      </button>
      <FormMessage result={result} successText="Your account has been deleted." />
    </form>
  );
}
