import type { Metadata } from "next";
import Link from "next/link";
import { PasswordResetRequestForm } from "@/components/auth/password-reset-request-form";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Reset your password", robots: { index: false } };

export default function ResetPasswordPage() {
  return (
    <div className="page page--narrow page--auth">
      <h1 id="reset-heading">Reset your password</h1>
      <p className="lede">Enter the email address of your account and we will send you a link to choose a new password.</p>
      <PasswordResetRequestForm action={requestPasswordResetAction} />
      <p className="auth-switch">
        Remembered it? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
