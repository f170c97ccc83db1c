import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from "react";
import { Field } from "@/components/ui/field";

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

/** An input field of the account pages (sign in, sign up, reset): the shared Field in its "auth" look. */
export function FormField({ formId, name, label, type = "text", autoComplete, error, hint, defaultValue, required = true, maxLength }: TFormFieldProps) {
  return (
    <Field id={`${formId}-${name}`} label={label} hint={hint} error={error} look="auth">
      {(control) => (
        <input {...control} name={name} type={type} autoComplete={autoComplete} defaultValue={defaultValue} required={required} maxLength={maxLength} />
      )}
    </Field>
  );
}
