"use client";

import { useActionState } from "react";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";

type TWorkflowButtonFormProps = {
  action: TFormAction<void>;
  /** Hidden fields: the article id and the version the page showed, or a job id. */
  fields: Record<string, string>;
  label: string;
  successText: string;
  isDanger?: boolean;
};

/** One workflow step as a one-button form (Publish now, Unpublish, Archive, Cancel…). */
export function WorkflowButtonForm({ action, fields, label, successText, isDanger = false }: TWorkflowButtonFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="newsroom-step">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={isDanger ? "button button--danger" : "button"} disabled={isPending}>
        {label}
      </button>
      <FormMessage result={result} successText={successText} />
    </form>
  );
}
