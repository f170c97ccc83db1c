"use client";
import { useActionState } from "react";
import { EMAIL_MAX_LENGTH } from "@/lib/auth/password-policy";
import { INITIAL_AUTH_FORM_STATE, type TAuthFormAction } from "./auth-form-state";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useFocusOnError } from "./use-focus-on-error";

export function PasswordResetRequestForm({ action }: { action: TAuthFormAction }) {
  const [state, formAction] = useActionState(action, INITIAL_AUTH_FORM_STATE);
  const formRef = useFocusOnError(state);
  return (
    <form ref={formRef} action={formAction} className="auth-form" aria-labelledby="reset-heading">
      <FormMessage state={state} />
      <FormField
        formId="reset-request"
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.values.email}
        error={state.fieldErrors.email}
        maxLength={EMAIL_MAX_LENGTH}
      />
      <SubmitButton pendingLabel="Sending…">Send reset link</SubmitButton>
    </form>
  );
}
