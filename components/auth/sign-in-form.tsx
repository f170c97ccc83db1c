"use client";
import Link from "next/link";
import { useActionState } from "react";
import { PASSWORD_MAX_LENGTH, EMAIL_MAX_LENGTH } from "@/lib/auth/password-policy";
import { INITIAL_AUTH_FORM_STATE, type TAuthFormAction } from "./auth-form-state";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useFocusOnError } from "./use-focus-on-error";

export function SignInForm({ action, next }: { action: TAuthFormAction; next: string }) {
  const [state, formAction] = useActionState(action, INITIAL_AUTH_FORM_STATE);
  const formRef = useFocusOnError(state);
  return (
    <form ref={formRef} action={formAction} className="auth-form" aria-labelledby="sign-in-heading">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <FormField
        formId="sign-in"
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        defaultValue={state.values.email}
        error={state.fieldErrors.email}
        maxLength={EMAIL_MAX_LENGTH}
      />
      <FormField
        formId="sign-in"
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={state.fieldErrors.password}
        maxLength={PASSWORD_MAX_LENGTH}
      />
      <p className="auth-form__aside">
        <Link href="/reset-password">Forgot your password?</Link>
      </p>
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
