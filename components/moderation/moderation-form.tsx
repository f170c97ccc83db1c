"use client";

import { useActionState, type ReactNode } from "react";
import type { TFormAction } from "@/components/admin/form-feedback";
import type { TActionResult } from "@/lib/actions";
import type { TModerationOutcome } from "@/lib/moderation/moderation-outcome";
import styles from "./moderation.module.css";

export const MODERATION_FORM_ID = "moderation";

function messageOf(result: TActionResult<TModerationOutcome>): string {
  if (result.ok) return result.data.message;
  // The form has no fields to mark: the first field message is the useful one.
  return Object.values(result.fieldErrors)[0] ?? result.message;
}

/**
 * The moderation page's one form, around the server-rendered list of comments (children): every
 * comment's buttons and the bulk controls submit it. Above it, what the last action did and,
 * when it can be taken back, an Undo button (its own small form posting the plan the action
 * returned). Works without JavaScript: the page re-renders with the same result.
 */
export function ModerationForm({ action, children }: { action: TFormAction<TModerationOutcome>; children: ReactNode }) {
  const [result, formAction, isPending] = useActionState(action, null);
  return (
    <>
      <div className={styles.status}>
        {/* Always present, so screen readers announce each new result. */}
        <p role="status" className={result ? (result.ok ? styles.success : styles.error) : styles.feedback}>
          {result ? messageOf(result) : null}
        </p>
        {result?.ok && result.data.undo.length > 0 ? (
          <form action={formAction}>
            <input type="hidden" name="intent" value="undo" />
            <input type="hidden" name="undo" value={JSON.stringify(result.data.undo)} />
            <button type="submit" className="button" disabled={isPending}>
              Undo
            </button>
          </form>
        ) : null}
      </div>
      <form action={formAction} id={MODERATION_FORM_ID} aria-busy={isPending}>
        {children}
      </form>
    </>
  );
}
