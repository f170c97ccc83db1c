import type { TActionResult } from "@/lib/actions";

// How every admin and account form reports an action's result: one message for the form, and
// one per field, tied to its input with aria-describedby. A labelled input, textarea or select
// is a <Field> (components/ui/field.tsx) given fieldErrorOf(result, name); fieldErrorProps and
// FieldError remain for what a Field does not fit: a fieldset of radios or checkboxes, a
// checkbox inside its label, a comment box described by its character counter.

/** The message for one field of a failed result, for <Field error={...}> (components/ui/field.tsx). */
export function fieldErrorOf<TData>(result: TActionResult<TData> | null, field: string): string | undefined {
  return result && !result.ok ? result.fieldErrors[field] : undefined;
}

export function fieldErrorId(formId: string, field: string): string {
  return `${formId}-${field}-error`;
}

/** The form-level message: success text after a save, or why it failed. */
export function FormMessage<TData>({ result, successText }: { result: TActionResult<TData> | null; successText: string }) {
  if (!result) return null;
  // role=status is polite and also read when the text changes; failures use the same role so a
  // screen reader announces them without interrupting (and tests match them by text).
  return (
    <p role="status" className={result.ok ? "form-message form-message--success" : "form-message form-message--error"}>
      {result.ok ? (result.message ?? successText) : result.message}
    </p>
  );
}

export function FieldError<TData>({ result, formId, field }: { result: TActionResult<TData> | null; formId: string; field: string }) {
  const message = result && !result.ok ? result.fieldErrors[field] : undefined;
  if (!message) return null;
  return (
    <p id={fieldErrorId(formId, field)} className="field-error">
      {message}
    </p>
  );
}

/**
 * Props for an input that may have an error: aria-invalid, and aria-describedby naming its hint
 * (when it has one) and its error message.
 */
export function fieldErrorProps<TData>(result: TActionResult<TData> | null, formId: string, field: string, hintId?: string) {
  const hasError = Boolean(result && !result.ok && result.fieldErrors[field]);
  const describedBy = [hintId, hasError ? fieldErrorId(formId, field) : undefined].filter(Boolean).join(" ");
  return {
    ...(hasError ? { "aria-invalid": true } : {}),
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
  };
}

/** A server action made with validatedAction, as a form receives it from its page. */
export type TFormAction<TData> = (previous: TActionResult<TData> | null, formData: FormData) => Promise<TActionResult<TData>>;
