import type { TActionResult } from "@/lib/actions";

// What an account form shows after a submission: a form-level message, per-field messages,
// and the values to put back in the fields (React resets a form after its action runs, and a
// reader should not retype their email). Passwords are never echoed.

export type TAuthFormState = {
  status: "idle" | "success" | "error";
  message: string;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
};

/** An account form's server action, as the form receives it from its page (components never import app/). */
export type TAuthFormAction = (previous: TAuthFormState, formData: FormData) => Promise<TAuthFormState>;

export const INITIAL_AUTH_FORM_STATE: TAuthFormState = { status: "idle", message: "", fieldErrors: {}, values: {} };

/** Turns an action result into form state, keeping the named (non-secret) fields' values. */
export function toAuthFormState(
  result: TActionResult<unknown>,
  formData: FormData,
  echoFields: readonly string[],
  successMessage = "",
): TAuthFormState {
  const values: Record<string, string> = {};
  for (const field of echoFields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value.slice(0, 500);
  }
  if (result.ok) return { status: "success", message: result.message ?? successMessage, fieldErrors: {}, values };
  return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values };
}
