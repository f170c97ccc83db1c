"use client";
import { useEffect, useRef } from "react";
import type { TAuthFormState } from "./auth-form-state";

/**
 * After a failed submission, moves keyboard focus to the first field with an error (or the
 * form's message), so a keyboard or screen reader user lands where the problem is.
 */
const NO_ERRORS: Record<string, string> = {};

export function useFocusOnError(state: TAuthFormState, clientErrors: Record<string, string> = NO_ERRORS) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status !== "error" && Object.keys(clientErrors).length === 0) return;
    const target = form.querySelector<HTMLElement>("[aria-invalid='true']");
    target?.focus();
  }, [state, clientErrors]);
  return formRef;
}
