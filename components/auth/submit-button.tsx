"use client";
import { useFormStatus } from "react-dom";

/** The form's button; while the form is submitting it says so and cannot be pressed twice. */
export function SubmitButton({ children, pendingLabel }: { children: string; pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} disabled={pending}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
