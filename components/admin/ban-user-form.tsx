"use client";

import { useActionState } from "react";
import type { TBanUserResult } from "@/lib/members/ban-user";
import type { TUnbanUserResult } from "@/lib/members/unban-user";
import { BAN_DURATION_MAX_DAYS } from "@/lib/members/sanction-schemas";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrorOf, type TFormAction } from "./form-feedback";
import { FormattedDateTime } from "./formatted-date-time";

const FORM_ID = "ban-user";

function commentsAre(count: number): string {
  return count === 1 ? "1 comment is" : `${count} comments are`;
}

const DURATIONS: { value: string; label: string }[] = [
  { value: "", label: "Until lifted" },
  { value: "1", label: "1 day" },
  { value: "3", label: "3 days" },
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
];

type TBanPanelProps = {
  userId: string;
  /** The ban on record; `isInForce` false once it has expired. */
  ban: { reason: string; expiresAt: string | null; isInForce: boolean } | null;
  reasonMaxLength: number;
  banAction: TFormAction<TBanUserResult>;
  unbanAction: TFormAction<TUnbanUserResult>;
};

/**
 * Ban and lift, in one place so the outcome of the last step stays on screen as the page
 * changes between the two: after a ban, "Undo" lifts it and brings back the comments it hid.
 */
export function BanPanel({ userId, ban, reasonMaxLength, banAction, unbanAction }: TBanPanelProps) {
  const [banResult, banFormAction, isBanning] = useActionState(banAction, null);
  const [unbanResult, unbanFormAction, isLifting] = useActionState(unbanAction, null);

  if (ban?.isInForce) {
    return (
      <>
        <p>
          Banned{ban.expiresAt ? <> until <FormattedDateTime iso={ban.expiresAt} /></> : " until lifted"}. Reason: {ban.reason}
        </p>
        {banResult?.ok ? (
          <form action={unbanFormAction} className="admin-form admin-form--inline">
            <p role="status" className="form-message form-message--success">
              Member banned. Their sessions have ended
              {banResult.data.hiddenComments > 0 ? ` and ${commentsAre(banResult.data.hiddenComments)} hidden` : ""}.
            </p>
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="restoreHiddenComments" value="on" />
            <button type="submit" className="button" disabled={isLifting}>
              Undo
            </button>
          </form>
        ) : null}
        <form action={unbanFormAction} className="admin-form">
          <input type="hidden" name="userId" value={userId} />
          <div className="field">
            <label>
              <input type="checkbox" name="restoreHiddenComments" defaultChecked /> Also bring back the comments the ban hid
            </label>
          </div>
          <button type="submit" className="button" disabled={isLifting}>
            Lift the ban
          </button>
          <FormMessage result={unbanResult} successText="Ban lifted." />
        </form>
      </>
    );
  }

  return (
    <form action={banFormAction} className="admin-form" id={FORM_ID}>
      {ban ? (
        <p>
          An earlier ban ended{ban.expiresAt ? <> on <FormattedDateTime iso={ban.expiresAt} /></> : null} (reason: {ban.reason}).
        </p>
      ) : null}
      {unbanResult?.ok ? (
        <p role="status" className="form-message form-message--success">
          Ban lifted. They can sign in again
          {unbanResult.data.restoredComments > 0 ? `; ${commentsAre(unbanResult.data.restoredComments)} back` : ""}.
        </p>
      ) : null}
      <input type="hidden" name="userId" value={userId} />
      <Field
        id={`${FORM_ID}-reason`}
        label="Reason for the ban"
        hint="The member is shown this reason, and it is kept in the audit log."
        error={fieldErrorOf(banResult, "reason")}
      >
        {(control) => <textarea {...control} name="reason" rows={3} required maxLength={reasonMaxLength} />}
      </Field>
      <Field
        id={`${FORM_ID}-duration`}
        label="How long"
        hint={`A ban with an end lifts itself; at most ${BAN_DURATION_MAX_DAYS} days.`}
        error={fieldErrorOf(banResult, "durationDays")}
      >
        {(control) => (
          <select {...control} name="durationDays" defaultValue="">
            {DURATIONS.map((duration) => (
              <option key={duration.value} value={duration.value}>
                {duration.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field">
        <label>
          <input type="checkbox" name="hidePastComments" /> Also hide their past comments
        </label>
      </div>
      <button type="submit" className="button button--danger" disabled={isBanning}>
        Ban user
      </button>
      {banResult && !banResult.ok ? <FormMessage result={banResult} successText="" /> : null}
    </form>
  );
}
