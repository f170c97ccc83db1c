"use client";

import { useActionState, type FormEvent } from "react";
import type { TFormAction } from "@/components/admin/form-feedback";
import { InlineActionError } from "./inline-action-error";

/** Deletes one's own comment, after a confirmation (with JavaScript; without it, the button deletes). */
export function DeleteCommentButton({ action, commentId }: { action: TFormAction<void>; commentId: string }) {
  const [result, formAction, isPending] = useActionState(action, null);
  function confirmFirst(event: FormEvent<HTMLFormElement>) {
    if (!window.confirm("Delete this comment? Replies to it stay, under “Comment deleted”.")) event.preventDefault();
  }
  return (
    <form action={formAction} onSubmit={confirmFirst} className="comment-action">
      <input type="hidden" name="commentId" value={commentId} />
      <button type="submit" className="link-button" disabled={isPending}>
        {isPending ? "Deleting…" : "Delete"}
        <span className="visually-hidden"> your comment</span>
      </button>
      <InlineActionError result={result} />
    </form>
  );
}
