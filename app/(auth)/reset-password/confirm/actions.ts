"use server";
import { toAuthFormState, type TAuthFormState } from "@/components/auth/auth-form-state";
import { validatedAction } from "@/lib/actions";
import { resetPassword, ZPasswordResetConfirmation } from "@/lib/auth/password-reset";

const setNewPassword = validatedAction("reset-password", "anyone", ZPasswordResetConfirmation, async (input) => resetPassword(input));

export async function resetPasswordAction(_previous: TAuthFormState, formData: FormData): Promise<TAuthFormState> {
  return toAuthFormState(
    await setNewPassword(null, formData),
    formData,
    [],
    "Your password has been changed, and every device that was signed in has been signed out.",
  );
}
