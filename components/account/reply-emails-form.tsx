"use client";

import { useActionState } from "react";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";

const FORM_ID = "reply-emails";

/** Reply notifications on or off (the unsubscribe link in those emails switches them off). */
export function ReplyEmailsForm({ replyEmails, action }: { replyEmails: boolean; action: TFormAction<void> }) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="account-form" id={FORM_ID}>
      <label className="comment-choice" htmlFor={`${FORM_ID}-replies`}>
        <input id={`${FORM_ID}-replies`} type="checkbox" name="replyEmails" defaultChecked={replyEmails} /> Email me when someone
        replies to one of my comments
      </label>
      <button type="submit" className="button" disabled={isPending}>
        Save email settings
      </button>
      <FormMessage result={result} successText="Email settings saved." />
    </form>
  );
}
