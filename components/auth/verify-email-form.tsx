"use client";
import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { INITIAL_AUTH_FORM_STATE, type TAuthFormAction } from "./auth-form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

type TVerifyEmailFormProps = {
  action: TAuthFormAction;
  token: string;
  /** Whether the link still worked when the page was read. */
  isUsable: boolean;
  /** What to show instead of the button for a used or expired link. */
  unusable: ReactNode;
};

/**
 * The one button that verifies: following the emailed link alone changes nothing. The result
 * is decided here, not by the page, because without JavaScript the page is rendered again after
 * the button was pressed, when the link has just been used up.
 */
export function VerifyEmailForm({ action, token, isUsable, unusable }: TVerifyEmailFormProps) {
  const [state, formAction] = useActionState(action, INITIAL_AUTH_FORM_STATE);
  // One message region before and after success, so screen readers announce the result.
  return (
    <>
      <FormMessage state={state} />
      {state.status === "success" ? (
        <p>
          <Link href="/">Go to the front page</Link>
        </p>
      ) : !isUsable ? (
        unusable
      ) : (
        <form action={formAction} className="auth-form">
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel="Verifying…">Verify email</SubmitButton>
        </form>
      )}
    </>
  );
}
