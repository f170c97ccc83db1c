"use client";

import { useActionState } from "react";
import { FormMessage, type TFormAction } from "./form-feedback";

export function UnbanUserForm({ userId, action }: { userId: string; action: TFormAction<void> }) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form admin-form--inline">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="button" disabled={isPending}>
        Lift the ban
      </button>
      <FormMessage result={result} successText="Ban lifted. They can sign in again." />
    </form>
  );
}
