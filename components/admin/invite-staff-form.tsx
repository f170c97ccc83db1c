"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrorOf, type TFormAction } from "./form-feedback";

type TInviteStaffFormProps = {
  userId: string;
  /** The account has no address yet (an import without one): the admin gives it here. */
  asksForEmail: boolean;
  action: TFormAction<{ email: string }>;
};

/** One button: email a newsroom account without a password a link to choose one. */
export function InviteStaffForm({ userId, asksForEmail, action }: TInviteStaffFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form admin-form--inline">
      <input type="hidden" name="userId" value={userId} />
      {asksForEmail ? (
        <Field id="invite-email" label="Email address" hint="This account has none yet; it is kept as the account's address." error={fieldErrorOf(result, "email")}>
          {(control) => <input {...control} name="email" type="email" autoComplete="off" required />}
        </Field>
      ) : null}
      <button type="submit" className="button" disabled={isPending}>
        Send invitation
      </button>
      <FormMessage result={result} successText={result?.ok ? `Invitation sent to ${result.data.email}.` : ""} />
    </form>
  );
}
