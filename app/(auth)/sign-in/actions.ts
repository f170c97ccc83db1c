"use server";
import { redirect } from "next/navigation";
import { toAuthFormState, type TAuthFormState } from "@/components/auth/auth-form-state";
import { validatedAction } from "@/lib/actions";
import { ZSignInInput } from "@/lib/auth/password-policy";
import { requestAddress } from "@/lib/auth/request-address";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { signIn } from "@/lib/auth/sign-in";
import { startSession } from "@/lib/auth/start-session";

const checkCredentials = validatedAction("sign-in", "anyone", ZSignInInput, async (input) => signIn(input, await requestAddress()));

export async function signInAction(_previous: TAuthFormState, formData: FormData): Promise<TAuthFormState> {
  const result = await checkCredentials(null, formData);
  if (!result.ok) return toAuthFormState(result, formData, ["email"]);
  await startSession(result.data);
  // A banned reader's session only shows them the ban (lib/auth/current-user.ts).
  redirect(result.data.isBanned ? "/banned" : safeReturnPath(formData.get("next")));
}
