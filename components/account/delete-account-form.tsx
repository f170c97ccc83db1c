"use client";

import { useActionState } from "react";
import { FormMessage, fieldErrorOf, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";

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
      <Field
        id={`${FORM_ID}-confirmation`}
        label={label}
        hint={`Type your ${confirmWith === "password" ? "password" : "email address"} to confirm. This cannot be undone.`}
        error={fieldErrorOf(result, "confirmation")}
      >
        {(control) => (
          <input
            {...control}
            name="confirmation"
            type={confirmWith === "password" ? "password" : "email"}
            autoComplete={confirmWith === "password" ? "current-password" : "email"}
            required
          />
        )}
      </Field>
      <button type="submit" className="button button--danger" disabled={isPending}>
        Delete my account
      </button>
      <FormMessage result={result} successText="Your account has been deleted." />
    </form>
  );
}
