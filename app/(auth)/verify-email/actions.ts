"use server";
import { z } from "zod";
import { toAuthFormState, type TAuthFormState } from "@/components/auth/auth-form-state";
import { actionFailure, refuseUnlessAllowed, validatedAction } from "@/lib/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { resendVerificationEmail, verifyEmail } from "@/lib/auth/email-verification";
import { ZEmailLinkToken } from "@/lib/mail/email-link-tokens";

const verify = validatedAction("verify-email", "anyone", z.object({ token: ZEmailLinkToken }), async ({ token }) => verifyEmail(token));

export async function verifyEmailAction(_previous: TAuthFormState, formData: FormData): Promise<TAuthFormState> {
  return toAuthFormState(await verify(null, formData), formData, [], "Thank you: your email address is verified.");
}

export async function resendVerificationAction(_previous: TAuthFormState, formData: FormData): Promise<TAuthFormState> {
  const refusal = await refuseUnlessAllowed("resend-verification", "signed-in");
  if (refusal) return toAuthFormState(refusal, formData, []);
  try {
    const viewer = await getCurrentUser();
    await resendVerificationEmail(viewer);
    const message = viewer?.emailVerified
      ? "Your email address is already verified."
      : `We've sent a new link to ${viewer?.email ?? "your email address"}.`;
    return toAuthFormState({ ok: true, data: undefined, message }, formData, []);
  } catch (error) {
    return toAuthFormState(actionFailure("resend-verification", error), formData, []);
  }
}
