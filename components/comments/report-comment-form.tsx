"use client";

import { useActionState, useId } from "react";
import { FieldError, fieldErrorOf, fieldErrorProps, FormMessage, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";

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
      <Field
        id={`${formId}-note`}
        label="Note"
        hint="Optional, except for “Something else”: tell us what is wrong."
        error={fieldErrorOf(result, "note")}
      >
        {(control) => <textarea {...control} name="note" rows={3} maxLength={noteMaxLength} />}
      </Field>
      <FieldError result={result} formId={formId} field="commentId" />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Sending…" : "Send report"}
      </button>
      <FormMessage result={result} successText="Thank you. A moderator will look at this comment." />
    </form>
  );
}
