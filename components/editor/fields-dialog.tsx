"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { createPortal } from "react-dom";

export type TDialogField = { name: string; label: string; required?: boolean; hint?: string; type?: "text" | "url" };

type TFieldsDialogProps = {
  title: string;
  fields: TDialogField[];
  submitLabel: string;
  initialValues?: Record<string, string>;
  error?: string | null;
  onSubmit: (values: Record<string, string>) => void;
  onClose: () => void;
};

/** A small modal form (a native <dialog>, so focus and Escape behave) for links, images and videos. */
export function FieldsDialog({ title, fields, submitLabel, initialValues = {}, error = null, onSubmit, onClose }: TFieldsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<Record<string, string>>(initialValues);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Rendered in a portal, but React events still bubble to the article form: stop them here.
    event.stopPropagation();
    const trimmed = Object.fromEntries(fields.map((field) => [field.name, (values[field.name] ?? "").trim()]));
    onSubmit(trimmed);
  }

  return createPortal(
    <dialog ref={dialogRef} className="editor-dialog" aria-labelledby="editor-dialog-title" onClose={onClose}>
      <form onSubmit={submit} className="admin-form">
        <h2 id="editor-dialog-title">{title}</h2>
        {fields.map((field) => (
          <div className="field" key={field.name}>
            <label htmlFor={`editor-dialog-${field.name}`}>
              {field.label}
              {field.required ? "" : " (optional)"}
            </label>
            {field.hint ? <p className="field-hint">{field.hint}</p> : null}
            <input
              id={`editor-dialog-${field.name}`}
              type={field.type ?? "text"}
              required={field.required}
              value={values[field.name] ?? ""}
              onChange={(event) => setValues((previous) => ({ ...previous, [field.name]: event.target.value }))}
            />
          </div>
        ))}
        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
        <div className="editor-dialog-actions">
          <button type="submit">{submitLabel}</button>
          <button type="button" className="button--secondary" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
