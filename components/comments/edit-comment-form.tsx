"use client";

import { startTransition, useActionState, useId, type FormEvent } from "react";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";
import { CommentTextField, HiddenFieldErrors } from "./comment-text-field";

type TEditCommentFormProps = {
  action: TFormAction<void>;
  commentId: string;
  body: string;
  maxLength: number;
};

/** Change the text of one's own comment; on success the action goes back to the conversation. */
export function EditCommentForm({ action, commentId, body, maxLength }: TEditCommentFormProps) {
  const formId = `edit-comment-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const [result, formAction, isPending] = useActionState(action, null);
  function submit(event: FormEvent<HTMLFormElement>) {
    // By hand, so a refused edit keeps its text (React resets a form after its action).
    event.preventDefault();
    if (isPending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }
  return (
    <form action={formAction} onSubmit={submit} className="comment-form" id={formId} aria-busy={isPending}>
      <input type="hidden" name="commentId" value={commentId} />
      <CommentTextField formId={formId} label="Comment" defaultValue={body} maxLength={maxLength} rows={6} result={result} autoFocus />
      <HiddenFieldErrors result={result} formId={formId} fields={["commentId"]} />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : "Save changes"}
      </button>
      <FormMessage result={result} successText="Saved." />
    </form>
  );
}
