import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { MembershipTier } from "@/lib/generated/prisma/client";
import { userNotFoundOrChangedError } from "./member-errors";
import { ZMembershipTier, ZUserId } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";

export const ZSetUserTierInput = z.object({
  userId: ZUserId,
  tier: ZMembershipTier,
  /** The membership the admin saw: the update only applies if it still holds. */
  seenTier: ZMembershipTier,
});
export type TSetUserTierInput = z.input<typeof ZSetUserTierInput>;

export type TSetUserTierResult = { tier: MembershipTier; changed: boolean };

/** Grants or revokes VIP membership. */
export async function setUserTier(input: TSetUserTierInput): Promise<TSetUserTierResult> {
  return setUserTierFor(await requirePermission("user:manage"), input);
}

export async function setUserTierFor(actor: TCurrentUser, rawInput: TSetUserTierInput): Promise<TSetUserTierResult> {
  assertPermission(actor, "user:manage");
  const { userId, tier, seenTier } = parseInputOrThrow(ZSetUserTierInput, rawInput);
  if (tier === seenTier) return { tier, changed: false };

  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, tier: seenTier, deletedAt: null },
      data: { tier },
    });
    if (count === 0) throw await userNotFoundOrChangedError(tx, userId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.tier_changed",
      targetType: "User",
      targetId: userId,
      detail: { from: seenTier, to: tier },
    });
    return { tier, changed: true };
  });
}
