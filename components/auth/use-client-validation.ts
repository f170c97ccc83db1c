"use client";
import { useState, type FormEvent } from "react";
import type { z } from "zod";

/**
 * Checks the form with the same zod schema the server uses before it is sent, so a reader
 * learns about a short password at once. The server checks again: this is only a courtesy.
 */
export function useClientValidation(schema: z.ZodType) {
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const values: Record<string, string> = {};
    for (const [key, value] of new FormData(event.currentTarget).entries()) {
      if (typeof value === "string") values[key] = value;
    }
    const result = schema.safeParse(values);
    if (result.success) {
      setClientErrors({});
      return;
    }
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) errors[issue.path.join(".") || "form"] ??= issue.message;
    setClientErrors(errors);
    event.preventDefault();
  }
  return { clientErrors, onSubmit };
}
