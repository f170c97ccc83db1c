"use client";

import { useActionState } from "react";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";

type TArticleCommentsClosedFormProps = {
  articleId: string;
  /** Article.commentsCloseAt as the page shows it (ISO) or null. */
  commentsCloseAt: string | null;
  /** Whether comments are closed now (policy or time). */
  isClosed: boolean;
  action: TFormAction<{ message: string; commentsCloseAt: string | null }>;
};

/** Close the conversation under an article now, or reopen it. */
export function ArticleCommentsClosedForm({ articleId, commentsCloseAt, isClosed, action }: TArticleCommentsClosedFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form admin-form--inline">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="seenCloseAt" value={commentsCloseAt ?? ""} />
      <input type="hidden" name="closed" value={isClosed ? "false" : "true"} />
      <button type="submit" className={isClosed ? "button" : "button button--danger"} disabled={isPending}>
        {isClosed ? "Reopen comments" : "Close comments now"}
      </button>
      <FormMessage result={result} successText={result?.ok ? result.data.message : ""} />
    </form>
  );
}
