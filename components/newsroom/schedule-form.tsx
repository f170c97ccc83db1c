"use client";

import { useActionState, useEffect, useId, useState } from "react";
import { FormMessage, fieldErrorOf, type TFormAction } from "@/components/admin/form-feedback";
import { Field } from "@/components/ui/field";
import { isoToZonedLocalTime, SITE_TIME_ZONE, zonedLocalTimeToIso } from "@/lib/articles/workflow/zoned-time";
import { TIME_ZONE_CHOICES } from "./time-zone-choices";

type TScheduleFormProps = {
  action: TFormAction<void>;
  fields: Record<string, string>;
  label: string;
  buttonText: string;
  successText: string;
  /** ISO 8601, to prefill when rescheduling. */
  initialIso?: string | null;
};

function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/**
 * A date and time with its time zone named beside it (datetime-local has none). Without
 * JavaScript the form posts both and the server converts (lib/articles/workflow/zoned-time.ts);
 * the zone starts as the site's. With JavaScript the zone switches to the browser's, and the
 * absolute ISO time is computed here before sending, so the server never guesses.
 */
export function ScheduleForm({ action, fields, label, buttonText, successText, initialIso }: TScheduleFormProps) {
  const formId = useId();
  // The server renders the site's zone; the browser's replaces it after hydration.
  const [timeZone, setTimeZone] = useState<string>(SITE_TIME_ZONE);
  const [localRunAt, setLocalRunAt] = useState(() => (initialIso ? isoToZonedLocalTime(initialIso, SITE_TIME_ZONE) : ""));
  const [isScripted, setIsScripted] = useState(false);
  useEffect(() => {
    // Once the page runs script: the person's own zone (not known on the server).
    /* eslint-disable react-hooks/set-state-in-effect */
    setIsScripted(true);
    const zone = browserTimeZone();
    if (!zone || zone === SITE_TIME_ZONE) return;
    setTimeZone(zone);
    if (initialIso) setLocalRunAt(isoToZonedLocalTime(initialIso, zone));
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [initialIso]);
  // The server action itself, not a wrapper: a form posted without JavaScript reaches it too.
  const [result, formAction, isPending] = useActionState(action, null);

  const choices: readonly string[] = TIME_ZONE_CHOICES.includes(timeZone as (typeof TIME_ZONE_CHOICES)[number])
    ? TIME_ZONE_CHOICES
    : [timeZone, ...TIME_ZONE_CHOICES];
  return (
    <form action={formAction} className="newsroom-step newsroom-step--schedule" id={formId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* With script, the instant is computed here; without, the server converts the two fields below. */}
      {isScripted ? <input type="hidden" name="runAt" value={zonedLocalTimeToIso(localRunAt, timeZone) ?? ""} /> : null}
      <Field id={`${formId}-runAt`} label={label} error={fieldErrorOf(result, "runAt")}>
        {(control) => (
          <input {...control} type="datetime-local" name="localRunAt" required value={localRunAt} onChange={(event) => setLocalRunAt(event.target.value)} />
        )}
      </Field>
      <Field id={`${formId}-timeZone`} label="Time zone" error={fieldErrorOf(result, "timeZone")}>
        {(control) => (
          <select {...control} name="timeZone" value={timeZone} onChange={(event) => setTimeZone(event.target.value)}>
            {choices.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button" disabled={isPending}>
        {buttonText}
      </button>
      <FormMessage result={result} successText={successText} />
    </form>
  );
}
