"use client";

import { useActionState } from "react";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "@/components/admin/form-feedback";

const FORM_ID = "delete-article";

type TDeleteArticleFormProps = {
  /** Redirects to the article list when it succeeds, so it has no result data. */
  action: TFormAction<never>;
  articleId: string;
  version: number;
  title: string;
};

/**
 * The confirm step is a ticked box, not a browser confirm(): it works without JavaScript, and
 * the server refuses the delete without it, so a replayed or scripted post cannot skip it.
 */
export function DeleteArticleForm({ action, articleId, version, title }: TDeleteArticleFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form" id={FORM_ID}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={String(version)} />
      <div className="field">
        {/* The box inside its label: one line without checkbox styles of its own. */}
        <label htmlFor={`${FORM_ID}-confirm`}>
          <input id={`${FORM_ID}-confirm`} type="checkbox" name="confirm" value="yes" required {...fieldErrorProps(result, FORM_ID, "confirm")} /> Yes,
          delete “{title}” for good, with its revisions and comments
        </label>
        <FieldError result={result} formId={FORM_ID} field="confirm" />
      </div>
      <button type="submit" className="button button--danger" disabled={isPending}>
        Delete article
      </button>
      <FormMessage result={result} successText="Deleted." />
    </form>
  );
}
