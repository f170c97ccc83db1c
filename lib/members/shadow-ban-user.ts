import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { HELD_REASON_SHADOW_BAN } from "@/lib/moderation/comment-transitions";
import { sanctionTargetOrThrow } from "./assert-can-sanction";
import { expireReaderCaches } from "./expire-reader-caches";
import { ZUserId } from "./member-schemas";
import { moveMemberComments } from "./move-member-comments";
import { parseInputOrThrow } from "./parse-input";
import { ZCheckbox } from "./sanction-schemas";

export const ZShadowBanUserInput = z.object({
  userId: ZUserId,
  /** Also hide their published comments (held reason "shadow-ban", so they still see them). */
  hidePastComments: ZCheckbox,
});
export type TShadowBanUserInput = z.input<typeof ZShadowBanUserInput>;

export type TShadowBanResult = { hiddenComments: number };

/**
 * Shadow-bans a member: they keep posting and keep seeing their own comments, nobody else sees
 * them (the posting path stores their new comments HIDDEN with held reason "shadow-ban"; reader
 * pages show those to their author only). Unlike a ban, their sessions go on.
 */
export async function shadowBanUser(input: TShadowBanUserInput): Promise<TShadowBanResult> {
  return shadowBanUserFor(await requirePermission("comment:moderate"), input);
}

export async function shadowBanUserFor(actor: TCurrentUser, rawInput: TShadowBanUserInput): Promise<TShadowBanResult> {
  assertPermission(actor, "comment:moderate");
  const { userId, hidePastComments } = parseInputOrThrow(ZShadowBanUserInput, rawInput);
  if (userId === actor.id) throw new AppError("BAD_INPUT", "You cannot shadow-ban yourself.");
  await sanctionTargetOrThrow(actor, userId);

  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, shadowBannedAt: null, deletedAt: null },
      data: { shadowBannedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "This member is already shadow-banned (or their account is gone). Reload the page.");
    const moved = hidePastComments
      ? await moveMemberComments(tx, {
          authorId: userId,
          from: "PUBLISHED",
          to: "HIDDEN",
          heldReason: HELD_REASON_SHADOW_BAN,
          moderatorId: actor.id,
          now,
        })
      : { count: 0, cacheTags: [] };
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.shadow_banned",
      targetType: "User",
      targetId: userId,
      detail: { hiddenComments: moved.count },
    });
    return moved;
  });
  expireReaderCaches(result.cacheTags);
  return { hiddenComments: result.count };
}
