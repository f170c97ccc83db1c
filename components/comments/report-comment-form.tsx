"use client";

import { useActionState, useId } from "react";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "@/components/admin/form-feedback";

type TReportCommentFormProps = {
  action: TFormAction<{ isNew: boolean }>;
  commentId: string;
  reasons: readonly { value: string; label: string }[];
  noteMaxLength: number;
};

/** Why a comment should be looked at: a reason, and a note (needed for "Something else"). */
export function ReportCommentForm({ action, commentId, reasons, noteMaxLength }: TReportCommentFormProps) {
  const formId = `report-comment-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const [result, formAction, isPending] = useActionState(action, null);
  if (result?.ok) {
    return (
      <p role="status" className="form-message form-message--success">
        Thank you. A moderator will look at this comment.
      </p>
    );
  }
  return (
    <form action={formAction} className="account-form report-form" id={formId}>
      <input type="hidden" name="commentId" value={commentId} />
      <fieldset className="field" {...fieldErrorProps(result, formId, "reason")}>
        <legend>Why should a moderator look at this comment?</legend>
        {reasons.map((reason) => (
          <label key={reason.value} className="comment-choice">
            <input type="radio" name="reason" value={reason.value} required /> {reason.label}
          </label>
        ))}
        <FieldError result={result} formId={formId} field="reason" />
      </fieldset>
      <div className="field">
        <label htmlFor={`${formId}-note`}>Note</label>
        <p className="field-hint" id={`${formId}-note-hint`}>
          Optional, except for “Something else”: tell us what is wrong.
        </p>
        <textarea id={`${formId}-note`} name="note" rows={3} maxLength={noteMaxLength} {...fieldErrorProps(result, formId, "note", `${formId}-note-hint`)} />
        <FieldError result={result} formId={formId} field="note" />
      </div>
      <FieldError result={result} formId={formId} field="commentId" />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Sending…" : "Send report"}
      </button>
      <FormMessage result={result} successText="Thank you. A moderator will look at this comment." />
    </form>
  );
}
