"use server";
import { toAuthFormState, type TAuthFormState } from "@/components/auth/auth-form-state";
import { validatedAction } from "@/lib/actions";
import { ZSignUpInput } from "@/lib/auth/password-policy";
import { requestAddress } from "@/lib/auth/request-address";
import { signUp } from "@/lib/auth/sign-up";

const createAccount = validatedAction("sign-up", "anyone", ZSignUpInput, async (input) => signUp(input, await requestAddress()));

export async function signUpAction(_previous: TAuthFormState, formData: FormData): Promise<TAuthFormState> {
  const result = await createAccount(null, formData);
  // The same words whether the email was new or already had an account (lib/auth/sign-up.ts).
  return toAuthFormState(
    result,
    formData,
    ["email", "name"],
    "Check your email: we've sent you a message with a link to finish setting up your account.",
  );
}
