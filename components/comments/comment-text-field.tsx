"use client";

import { useEffect, useRef, useState } from "react";
import type { TActionResult } from "@/lib/actions";
import { FieldError, fieldErrorProps } from "@/components/admin/form-feedback";

const number = new Intl.NumberFormat("en-US");

type TCommentTextFieldProps<TData> = {
  formId: string;
  label: string;
  defaultValue: string;
  /** Changes when the form should start over empty (after a post). */
  clearKey?: string;
  maxLength: number;
  rows: number;
  result: TActionResult<TData> | null;
  autoFocus?: boolean;
};

/**
 * The comment's text: a labelled textarea with a live count of the characters left (announced
 * to screen readers only near the limit) and the field's error, tied to it with aria-describedby.
 * Uncontrolled on purpose: text typed before the page has hydrated stays in the textarea (a
 * controlled one is reset to React's state), and the counter reads the textarea itself.
 */
export function CommentTextField<TData>({ formId, label, defaultValue, clearKey, maxLength, rows, result, autoFocus = false }: TCommentTextFieldProps<TData>) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [length, setLength] = useState(defaultValue.length);
  const firstClearKey = useRef(clearKey);
  useEffect(() => {
    // Whatever was typed before hydration counts too.
    if (textarea.current) setLength(textarea.current.value.length);
  }, []);
  useEffect(() => {
    if (clearKey === firstClearKey.current || !textarea.current) return;
    firstClearKey.current = clearKey;
    textarea.current.value = "";
    setLength(0);
  }, [clearKey]);
  const remaining = maxLength - length;
  return (
    <div className="field">
      <label htmlFor={`${formId}-body`}>{label}</label>
      <textarea
        id={`${formId}-body`}
        name="body"
        rows={rows}
        required
        maxLength={maxLength}
        ref={textarea}
        defaultValue={defaultValue}
        autoFocus={autoFocus}
        onInput={(event) => setLength(event.currentTarget.value.length)}
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
