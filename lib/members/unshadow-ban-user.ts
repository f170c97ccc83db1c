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

export const ZUnshadowBanUserInput = z.object({ userId: ZUserId });
export type TUnshadowBanUserInput = z.input<typeof ZUnshadowBanUserInput>;

export type TUnshadowBanResult = { restoredComments: number };

/**
 * Lifts a shadow ban: every comment hidden because of it (held reason "shadow-ban", whether the
 * shadow ban hid it or it was posted during it) is published again. Comments a moderator hid
 * by hand keep their own held reason and stay hidden.
 */
export async function unshadowBanUser(input: TUnshadowBanUserInput): Promise<TUnshadowBanResult> {
  return unshadowBanUserFor(await requirePermission("comment:moderate"), input);
}

export async function unshadowBanUserFor(actor: TCurrentUser, rawInput: TUnshadowBanUserInput): Promise<TUnshadowBanResult> {
  assertPermission(actor, "comment:moderate");
  const { userId } = parseInputOrThrow(ZUnshadowBanUserInput, rawInput);
  await sanctionTargetOrThrow(actor, userId);

  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, shadowBannedAt: { not: null } }, data: { shadowBannedAt: null } });
    if (count === 0) throw new AppError("CONFLICT", "This member is not shadow-banned any more. Reload the page.");
    const moved = await moveMemberComments(tx, {
      authorId: userId,
      from: "HIDDEN",
      fromHeldReason: HELD_REASON_SHADOW_BAN,
      to: "PUBLISHED",
      heldReason: null,
      moderatorId: actor.id,
      now,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.shadow_ban_lifted",
      targetType: "User",
      targetId: userId,
      detail: { restoredComments: moved.count },
    });
    return moved;
  });
  expireReaderCaches(result.cacheTags);
  return { restoredComments: result.count };
}
