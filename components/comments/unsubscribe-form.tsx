"use client";

import { useActionState } from "react";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";

/** One button: opening the link changes nothing (mail scanners open links), pressing this does. */
export function UnsubscribeForm({ action, token }: { action: TFormAction<void>; token: string }) {
  const [result, formAction, isPending] = useActionState(action, null);
  if (result?.ok) {
    return (
      <p role="status" className="form-message form-message--success">
        Done. You will no longer get emails about replies to your comments. You can turn them back on from your account page.
      </p>
    );
  }
  return (
    <form action={formAction} className="account-form">
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Unsubscribing…" : "Stop reply emails"}
      </button>
      <FormMessage result={result} successText="Done." />
    </form>
  );
}
