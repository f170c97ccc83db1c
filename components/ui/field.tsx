import type { ReactNode } from "react";

/** What the field hands its control: spread it on the input, textarea or select. */
export type TFieldControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type TFieldProps = {
  /** The control's id; its hint and error take this id with "-hint" and "-error" after it. */
  id: string;
  label: ReactNode;
  /** Where a heading already names the field: the label is kept for screen readers only. */
  isLabelHidden?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  /** "form": the newsroom and account forms; "auth": the larger fields of the sign-in pages. */
  look?: "form" | "auth";
  children: (control: TFieldControlProps) => ReactNode;
};

const LOOKS = {
  form: { field: "field", invalid: "field", hint: "field-hint", error: "field-error" },
  auth: { field: "auth-field", invalid: "auth-field auth-field--invalid", hint: "auth-field__hint", error: "auth-field__error" },
};

/**
 * One form field: a visible label, an optional hint, the control (given by the caller, so it can
 * be any input, textarea or select) and its error. The control is tied to the hint and the error
 * with aria-describedby and marked aria-invalid while in error, so a screen reader announces the
 * message with the field.
 */
export function Field({ id, label, isLabelHidden = false, hint, error, look = "form", children }: TFieldProps) {
  const classes = LOOKS[look];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ");
  const control: TFieldControlProps = {
    id,
    ...(error ? { "aria-invalid": true as const } : {}),
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
  };
  return (
    <div className={error ? classes.invalid : classes.field}>
      <label htmlFor={id} className={isLabelHidden ? "visually-hidden" : undefined}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={classes.hint}>
          {hint}
        </p>
      ) : null}
      {children(control)}
      {error ? (
        <p id={errorId} className={classes.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
