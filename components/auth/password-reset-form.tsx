"use client";
import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ZNewPassword } from "@/lib/auth/password-policy";
import { INITIAL_AUTH_FORM_STATE, type TAuthFormAction } from "./auth-form-state";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useClientValidation } from "./use-client-validation";
import { useFocusOnError } from "./use-focus-on-error";

// The token is checked by the server only; here only the password's policy is.
const ZNewPasswordForm = z.object({ password: ZNewPassword });

type TPasswordResetFormProps = {
  action: TAuthFormAction;
  token: string;
  /** Whether the link still worked when the page was read. */
  isUsable: boolean;
  /** What to show instead of the form for a used or expired link. */
  unusable: ReactNode;
};

/**
 * The result is decided here, not by the page: without JavaScript the page is rendered again
 * after the form was sent, when the link has just been used up.
 */
export function PasswordResetForm({ action, token, isUsable, unusable }: TPasswordResetFormProps) {
  const [state, formAction] = useActionState(action, INITIAL_AUTH_FORM_STATE);
  const { clientErrors, onSubmit } = useClientValidation(ZNewPasswordForm);
  const formRef = useFocusOnError(state, clientErrors);
  const errors = Object.keys(clientErrors).length > 0 ? clientErrors : state.fieldErrors;
  // One message region before and after success, so screen readers announce the result.
  return (
    <>
      <FormMessage state={state} />
      {state.status === "success" ? (
        <p>
          <Link href="/sign-in">Sign in with your new password</Link>
        </p>
      ) : !isUsable ? (
        unusable
      ) : (
        <form ref={formRef} action={formAction} onSubmit={onSubmit} className="auth-form" aria-labelledby="reset-heading">
          <input type="hidden" name="token" value={token} />
          <FormField
            formId="reset"
            name="password"
            label="New password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            error={errors.password}
            maxLength={PASSWORD_MAX_LENGTH}
          />
          <SubmitButton pendingLabel="Saving…">Set new password</SubmitButton>
          <p className="auth-form__aside">
            Link not working? <Link href="/reset-password">Ask for a new one</Link>.
          </p>
        </form>
      )}
    </>
  );
}
