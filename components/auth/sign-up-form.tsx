"use client";
import { useActionState } from "react";
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ZSignUpInput } from "@/lib/auth/password-policy";
import { DISPLAY_NAME_MAX_LENGTH } from "@/lib/members/member-schemas";
import { INITIAL_AUTH_FORM_STATE, type TAuthFormAction } from "./auth-form-state";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useClientValidation } from "./use-client-validation";
import { useFocusOnError } from "./use-focus-on-error";

export function SignUpForm({ action }: { action: TAuthFormAction }) {
  const [state, formAction] = useActionState(action, INITIAL_AUTH_FORM_STATE);
  const { clientErrors, onSubmit } = useClientValidation(ZSignUpInput);
  const formRef = useFocusOnError(state, clientErrors);
  const errors = Object.keys(clientErrors).length > 0 ? clientErrors : state.fieldErrors;
  // One message region before and after success, so screen readers announce the result.
  return (
    <>
      <FormMessage state={state} />
      {state.status === "success" ? null : (
        <form ref={formRef} action={formAction} onSubmit={onSubmit} className="auth-form" aria-labelledby="sign-up-heading">
          <FormField
            formId="sign-up"
            name="email"
            label="Email"
            type="email"
            autoComplete="email"
            defaultValue={state.values.email}
            error={errors.email}
            maxLength={EMAIL_MAX_LENGTH}
          />
          <FormField
            formId="sign-up"
            name="password"
            label="Password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
            error={errors.password}
            maxLength={PASSWORD_MAX_LENGTH}
          />
          <FormField
            formId="sign-up"
            name="name"
            label="Display name"
            autoComplete="nickname"
            hint="Shown next to your comments."
            defaultValue={state.values.name}
            error={errors.name}
            maxLength={DISPLAY_NAME_MAX_LENGTH}
          />
          <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
        </form>
      )}
    </>
  );
}
