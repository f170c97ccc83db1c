import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from "react";

type TFormFieldProps = {
  /** Prefixes the ids, so two forms on one page never share one. */
  formId: string;
  name: string;
  label: string;
  type?: HTMLInputTypeAttribute;
  autoComplete: HTMLInputAutoCompleteAttribute;
  error?: string | undefined;
  hint?: string;
  defaultValue?: string | undefined;
  required?: boolean;
  maxLength?: number;
};

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function FormField({ formId, name, label, type = "text", autoComplete, error, hint, defaultValue, required = true, maxLength }: TFormFieldProps) {
  const id = `${formId}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "auth-field auth-field--invalid" : "auth-field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="auth-field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <p id={errorId} className="auth-field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
