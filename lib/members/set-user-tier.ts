import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { MembershipTier } from "@/lib/generated/prisma/client";
import { changeUserIfUnchanged } from "./change-user-if-unchanged";
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
  const changed = await changeUserIfUnchanged(actor, {
    userId,
    from: seenTier,
    to: tier,
    seen: { tier: seenTier },
    data: { tier },
    auditAction: "user.tier_changed",
  });
  return { tier, changed };
}
