"use client";

import { startTransition, type FormEvent } from "react";

/**
 * React resets a form's fields after its action runs, which after a refused save would throw
 * away what the admin typed (a long word list). With JavaScript we submit through the same
 * action without that reset; without it the form posts as usual.
 */
export function submitWithoutReset(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };
}
