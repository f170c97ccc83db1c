"use client";

import { useActionState } from "react";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { FormMessage, type TFormAction } from "@/components/admin/form-feedback";

function commentsAre(count: number): string {
  return count === 1 ? "1 comment is" : `${count} comments are`;
}

type TShadowBanPanelProps = {
  userId: string;
  shadowBannedAt: string | null;
  shadowBanAction: TFormAction<{ hiddenComments: number }>;
  unshadowBanAction: TFormAction<{ restoredComments: number }>;
};

/** Shadow ban and its lifting; the result of the last step stays on screen as the state flips. */
export function ShadowBanPanel({ userId, shadowBannedAt, shadowBanAction, unshadowBanAction }: TShadowBanPanelProps) {
  const [banResult, banFormAction, isBanning] = useActionState(shadowBanAction, null);
  const [liftResult, liftFormAction, isLifting] = useActionState(unshadowBanAction, null);
  if (shadowBannedAt) {
    return (
      <form action={liftFormAction} className="admin-form">
        <p>
          Shadow-banned since <FormattedDateTime iso={shadowBannedAt} />: their comments are visible to them only.
        </p>
        {banResult?.ok ? (
          <p role="status" className="form-message form-message--success">
            Shadow ban in place{banResult.data.hiddenComments > 0 ? `; ${commentsAre(banResult.data.hiddenComments)} hidden` : ""}.
          </p>
        ) : null}
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className="button" disabled={isLifting}>
          Lift the shadow ban
        </button>
        <FormMessage result={liftResult} successText="" />
      </form>
    );
  }
  return (
    <form action={banFormAction} className="admin-form">
      <p>A shadow-banned member keeps posting and sees their own comments; nobody else sees them.</p>
      {liftResult?.ok ? (
        <p role="status" className="form-message form-message--success">
          Shadow ban lifted{liftResult.data.restoredComments > 0 ? `; ${commentsAre(liftResult.data.restoredComments)} visible again` : ""}.
        </p>
      ) : null}
      <input type="hidden" name="userId" value={userId} />
      <div className="field">
        <label>
          <input type="checkbox" name="hidePastComments" /> Also hide their past comments
        </label>
      </div>
      <button type="submit" className="button button--danger" disabled={isBanning}>
        Shadow-ban
      </button>
      {banResult && !banResult.ok ? <FormMessage result={banResult} successText="" /> : null}
    </form>
  );
}
