"use client";

import { useActionState, useId } from "react";
import { FieldError, FormMessage, fieldErrorProps, type TFormAction } from "@/components/admin/form-feedback";
import type { TActionResult } from "@/lib/actions";

type TScheduleFormProps = {
  action: TFormAction<void>;
  fields: Record<string, string>;
  label: string;
  buttonText: string;
  successText: string;
  /** ISO 8601, to prefill when rescheduling. */
  initialIso?: string | null;
};

/** "2026-11-25T14:30" in the browser's own time zone, for a datetime-local input. */
function toLocalInputValue(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const offsetMs = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offsetMs).toISOString().slice(0, 16);
}

/**
 * A date and time picked in the browser's time zone (datetime-local has none), converted here
 * to an absolute ISO time before it is sent, so the server never guesses the editor's zone.
 */
export function ScheduleForm({ action, fields, label, buttonText, successText, initialIso }: TScheduleFormProps) {
  const formId = useId();
  const [result, formAction, isPending] = useActionState(
    (previous: TActionResult<void> | null, formData: FormData) => {
      const local = formData.get("localRunAt");
      const date = typeof local === "string" && local ? new Date(local) : null;
      formData.set("runAt", date && !Number.isNaN(date.getTime()) ? date.toISOString() : "");
      formData.delete("localRunAt");
      return action(previous, formData);
    },
    null,
  );
  return (
    <form action={formAction} className="newsroom-step newsroom-step--schedule" id={formId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="field">
        <label htmlFor={`${formId}-runAt`}>{label}</label>
        <input
          id={`${formId}-runAt`}
          type="datetime-local"
          name="localRunAt"
          required
          defaultValue={toLocalInputValue(initialIso)}
          {...fieldErrorProps(result, formId, "runAt")}
        />
        <FieldError result={result} formId={formId} field="runAt" />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {buttonText}
      </button>
      <FormMessage result={result} successText={successText} />
    </form>
  );
}
