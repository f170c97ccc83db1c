"use server";
import { toAuthFormState, type TAuthFormState } from "@/components/auth/auth-form-state";
import { validatedAction } from "@/lib/actions";
import { requestPasswordReset, ZPasswordResetRequest } from "@/lib/auth/password-reset";
import { requestAddress } from "@/lib/auth/request-address";

const sendResetLink = validatedAction("reset-password-request", "anyone", ZPasswordResetRequest, async (input) =>
  requestPasswordReset(input, await requestAddress()),
);

export async function requestPasswordResetAction(_previous: TAuthFormState, formData: FormData): Promise<TAuthFormState> {
  // The same answer whether or not the email has an account.
  return toAuthFormState(
    await sendResetLink(null, formData),
    formData,
    ["email"],
    "If an account uses that email, we've sent it a link to choose a new password. The link works for one hour.",
  );
}
