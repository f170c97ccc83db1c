"use client";

import { useActionState } from "react";
import { FieldError, fieldErrorOf, fieldErrorProps, FormMessage, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";

const FORM_ID = "create-webhook";

export function CreateWebhookForm({ action }: { action: TFormAction<{ id: string; secret: string }> }) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="admin-form" id={FORM_ID}>
      <Field id={`${FORM_ID}-url`} label="Address that receives the events" error={fieldErrorOf(result, "url")}>
        {(control) => <input {...control} name="url" type="url" required placeholder="https://example.com/masthead-hook" />}
      </Field>
      <Field id={`${FORM_ID}-description`} label="Description (optional)" error={fieldErrorOf(result, "description")}>
        {(control) => <input {...control} name="description" maxLength={200} />}
      </Field>
      <fieldset {...fieldErrorProps(result, FORM_ID, "events")}>
        <legend>Events</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="checkbox-label">
            <input type="checkbox" name={`event:${event}`} value="on" /> <code>{event}</code>: {WEBHOOK_EVENT_LABELS[event]}
          </label>
        ))}
      </fieldset>
      <FieldError result={result} formId={FORM_ID} field="events" />
      <button type="submit" className="button" disabled={isPending}>
        Add webhook
      </button>
      <FormMessage result={result} successText="Webhook added. Its signing secret is shown with it below." />
    </form>
  );
}
