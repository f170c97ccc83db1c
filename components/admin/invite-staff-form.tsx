"use client";

import { useActionState } from "react";
import { FormMessage, type TFormAction } from "./form-feedback";

type TInviteStaffFormProps = {
  userId: string;
  action: TFormAction<{ email: string }>;
};

/** One button: email a newsroom account without a password a link to choose one. */
export function InviteStaffForm({ userId, action }: TInviteStaffFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form admin-form--inline">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="button" disabled={isPending}>
        Send invitation
      </button>
      <FormMessage result={result} successText={result?.ok ? `Invitation sent to ${result.data.email}.` : ""} />
    </form>
  );
}
