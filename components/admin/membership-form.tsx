"use client";

import { useActionState } from "react";
import type { MembershipTier } from "@/lib/generated/prisma/enums";
import { FormMessage, type TFormAction } from "./form-feedback";

type TMembershipFormProps = {
  userId: string;
  currentTier: MembershipTier;
  action: TFormAction<{ tier: MembershipTier; changed: boolean }>;
};

/** One button: grant VIP to a free member, or revoke it. */
export function MembershipForm({ userId, currentTier, action }: TMembershipFormProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  const isVip = currentTier === "VIP";
  return (
    <form action={formAction} className="admin-form admin-form--inline">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="seenTier" value={currentTier} />
      <input type="hidden" name="tier" value={isVip ? "FREE" : "VIP"} />
      <button type="submit" className="button" disabled={isPending}>
        {isVip ? "Revoke VIP" : "Grant VIP"}
      </button>
      <FormMessage result={result} successText={result?.ok && result.data.tier === "VIP" ? "VIP granted." : "VIP revoked."} />
    </form>
  );
}
