import type { TAuthFormAction } from "./auth-form-state";
import { ResendVerificationForm } from "./resend-verification-form";

/** Shown to signed-in readers whose address is not verified yet. */
export function VerifyEmailNotice({ email, resendAction }: { email: string; resendAction: TAuthFormAction }) {
  return (
    <div className="verify-notice">
      <p>
        Please verify your email address: we sent a link to <strong>{email}</strong>. No email?
      </p>
      <ResendVerificationForm action={resendAction} label="Resend" />
    </div>
  );
}
