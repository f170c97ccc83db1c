"use client";
import { useActionState } from "react";
import { resendVerificationAction } from "@/app/(auth)/verify-email/actions";
import { INITIAL_AUTH_FORM_STATE } from "./auth-form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function ResendVerificationForm({ label = "Resend" }: { label?: string }) {
  const [state, formAction] = useActionState(resendVerificationAction, INITIAL_AUTH_FORM_STATE);
  return (
    <form action={formAction} className="auth-inline-form">
      <SubmitButton pendingLabel="Sending…">{label}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
