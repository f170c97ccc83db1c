"use client";

import type { TActionResult } from "@/lib/actions";
import { FieldError, fieldErrorProps } from "@/components/admin/form-feedback";

const number = new Intl.NumberFormat("en-US");

type TCommentTextFieldProps<TData> = {
  formId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows: number;
  result: TActionResult<TData> | null;
  autoFocus?: boolean;
};

/**
 * The comment's text: a labelled textarea with a live count of the characters left (announced
 * to screen readers only near the limit) and the field's error, tied to it with aria-describedby.
 */
export function CommentTextField<TData>({ formId, label, value, onChange, maxLength, rows, result, autoFocus = false }: TCommentTextFieldProps<TData>) {
  const remaining = maxLength - value.length;
  return (
    <div className="field">
      <label htmlFor={`${formId}-body`}>{label}</label>
      <textarea
        id={`${formId}-body`}
        name="body"
        rows={rows}
        required
        maxLength={maxLength}
        value={value}
        autoFocus={autoFocus}
        onChange={(event) => onChange(event.target.value)}
        {...fieldErrorProps(result, formId, "body", `${formId}-counter`)}
      />
      <p id={`${formId}-counter`} className="comment-form__counter" aria-live={remaining < 100 ? "polite" : "off"}>
        {number.format(Math.max(remaining, 0))} of {number.format(maxLength)} characters left
      </p>
      <FieldError result={result} formId={formId} field="body" />
    </div>
  );
}

/** Messages for the hidden fields, which have no input of their own to sit under. */
export function HiddenFieldErrors<TData>({ result, formId, fields }: { result: TActionResult<TData> | null; formId: string; fields: string[] }) {
  return (
    <>
      {fields.map((field) => (
        <FieldError key={field} result={result} formId={formId} field={field} />
      ))}
    </>
  );
}
