"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useState, useTransition, type FormEvent } from "react";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";
import type { TPostedComment } from "@/lib/comments/post-comment";
import { CommentTextField, HiddenFieldErrors } from "./comment-text-field";
import { newClientToken } from "./new-client-token";
import { sendComment } from "./send-comment";

type TCommentFormProps = {
  action: TFormAction<TPostedComment>;
  articleId: string;
  /** The comment answered; absent for a top-level comment. */
  parentId?: string;
  /** Made on the server for this form instance, so the form works before (and without) JavaScript. */
  clientToken: string;
  maxLength: number;
  label?: string;
  submitLabel?: string;
  initialText?: string;
  autoFocus?: boolean;
};

/**
 * Write a comment or a reply. The hidden clientToken makes posting exactly-once: a double click,
 * a retry or a resubmitted form brings back the comment the token already made (the server's
 * guarantee); the button is also disabled while the post is under way. After a post, the form
 * empties and takes a new token for the next comment. With JavaScript it posts JSON to the comment
 * endpoint (./send-comment.ts); without, the form is a plain POST to the server action.
 */
export function CommentForm({
  action,
  articleId,
  parentId,
  clientToken: initialToken,
  maxLength,
  label = "Comment",
  submitLabel = "Post comment",
  initialText = "",
  autoFocus = false,
}: TCommentFormProps) {
  const formId = `comment-form-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  // The action's result arrives only for a post made without JavaScript (or before hydration).
  const [actionResult, formAction, isActionPending] = useActionState(action, null);
  const [sentResult, setSentResult] = useState<typeof actionResult>(null);
  const [isSending, setIsSending] = useState(false);
  const result = sentResult ?? actionResult;
  const isPending = isActionPending || isSending;
  const [token, setToken] = useState(initialToken);
  const [handledResult, setHandledResult] = useState(result);
  const router = useRouter();
  // A new result: after a post, start over with an empty form and a key for the next comment.
  if (result !== handledResult) {
    setHandledResult(result);
    if (result?.ok) setToken(newClientToken());
  }
  // The post's answer is its result alone (app/(site)/articles/[slug]/comment-actions.ts): the
  // thread is fetched again to show the new comment in its place, and "published" is said only
  // once it is there (the success and the refreshed page commit together, in one transition).
  // A refusal is shown at once. A post without JavaScript gets the whole page back instead.
  const [isRefreshing, startRefresh] = useTransition();
  const [refreshedResult, setRefreshedResult] = useState(result);
  useEffect(() => {
    if (!result?.ok) return;
    startRefresh(() => {
      setRefreshedResult(result);
      router.refresh();
    });
  }, [result, router]);
  const shownResult = result && !result.ok ? result : refreshedResult;
  const isBusy = isPending || isRefreshing;

  async function submit(event: FormEvent<HTMLFormElement>) {
    // Submitting by hand keeps the text when the server refuses it (React would reset the form);
    // after a post, the new token empties the textarea (CommentTextField's clearKey).
    event.preventDefault();
    if (isBusy) return;
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    setIsSending(true);
    const answer = await sendComment(articleId, { parentId: field("parentId"), clientToken: field("clientToken"), body: field("body"), website: field("website") });
    setIsSending(false);
    setSentResult(answer);
  }

  const successText = shownResult?.ok && shownResult.data.outcome === "held"
    ? "Thanks. Your comment will appear once a moderator has read it."
    : "Your comment is published.";
  return (
    <form action={formAction} onSubmit={(event) => void submit(event)} className="comment-form" id={formId} aria-busy={isBusy}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="parentId" value={parentId ?? ""} />
      <input type="hidden" name="clientToken" value={token} />
      <CommentTextField
        formId={formId}
        label={label}
        defaultValue={initialText}
        clearKey={token}
        maxLength={maxLength}
        rows={parentId ? 3 : 5}
        result={result}
        autoFocus={autoFocus}
      />
      <HiddenFieldErrors result={result} formId={formId} fields={["articleId", "parentId", "clientToken"]} />
      {/* A field people never see: scripts that fill in every field give themselves away. */}
      <div className="comment-form__trap" aria-hidden="true">
        <label htmlFor={`${formId}-website`}>Leave this field empty</label>
        <input id={`${formId}-website`} type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" className="button" disabled={isBusy}>
        {isBusy ? "Posting…" : submitLabel}
      </button>
      <FormMessage result={shownResult} successText={successText} />
    </form>
  );
}
