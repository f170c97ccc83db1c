"use client";
import { useActionState } from "react";
import { INITIAL_AUTH_FORM_STATE, type TAuthFormAction } from "./auth-form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function ResendVerificationForm({ action, label = "Resend" }: { action: TAuthFormAction; label?: string }) {
  const [state, formAction] = useActionState(action, INITIAL_AUTH_FORM_STATE);
  return (
    <form action={formAction} className="auth-inline-form">
      <SubmitButton pendingLabel="Sending…">{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
