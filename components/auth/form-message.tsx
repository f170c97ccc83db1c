import type { TAuthFormState } from "./auth-form-state";

/**
 * The form's own message (a failure that belongs to no single field, or the result). Always
 * rendered, so screen readers are already listening when the text arrives. Not role="alert":
 * Next's route announcer has that role too, and the two would be confused.
 */
export function FormMessage({ state }: { state: TAuthFormState }) {
  const className = state.status === "error" ? "auth-message auth-message--error" : state.status === "success" ? "auth-message auth-message--success" : "auth-message";
  return (
    <div role="status" aria-live="polite" className={className}>
      {state.message ? <p>{state.message}</p> : null}
    </div>
  );
}
