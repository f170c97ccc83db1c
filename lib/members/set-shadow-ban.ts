import "server-only";
import { recordAuditEvent, type TAuditAction } from "@/lib/audit/record-audit-event";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { HELD_REASON_SHADOW_BAN } from "@/lib/moderation/comment-transitions";
import { sanctionTargetOrThrow } from "./assert-can-sanction";
import { expireReaderCaches } from "./expire-reader-caches";
import { moveMemberComments, NO_COMMENTS_MOVED } from "./move-member-comments";

type TShadowBanDirection = "impose" | "lift";

const SHADOW_BAN: Record<
  TShadowBanDirection,
  { where: Prisma.UserWhereInput; conflict: string; auditAction: TAuditAction; countDetail: "hiddenComments" | "restoredComments" }
> = {
  impose: {
    where: { shadowBannedAt: null, deletedAt: null },
    conflict: "This member is already shadow-banned (or their account is gone). Reload the page.",
    auditAction: "user.shadow_banned",
    countDetail: "hiddenComments",
  },
  lift: {
    where: { shadowBannedAt: { not: null } },
    conflict: "This member is not shadow-banned any more. Reload the page.",
    auditAction: "user.shadow_ban_lifted",
    countDetail: "restoredComments",
  },
};

/**
 * The core of shadowBanUser and unshadowBanUser: imposes or lifts a shadow ban, hiding the
 * member's published comments (when `moveComments`) or bringing back every comment hidden
 * because of it, in one transaction with the audit event; then expires the pages that showed
 * them. Returns how many comments moved.
 */
export async function setShadowBan(actor: TCurrentUser, userId: string, direction: TShadowBanDirection, moveComments: boolean): Promise<number> {
  assertPermission(actor, "comment:moderate");
  if (direction === "impose" && userId === actor.id) throw new AppError("BAD_INPUT", "You cannot shadow-ban yourself.");
  await sanctionTargetOrThrow(actor, userId);
  const rule = SHADOW_BAN[direction];

  const now = new Date();
  const moved = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, ...rule.where },
      data: { shadowBannedAt: direction === "impose" ? now : null },
    });
    if (count === 0) throw new AppError("CONFLICT", rule.conflict);
    const commentsMoved = moveComments
      ? await moveMemberComments(tx, {
          authorId: userId,
          direction: direction === "impose" ? "hide" : "restore",
          heldReason: HELD_REASON_SHADOW_BAN,
          moderatorId: actor.id,
          now,
        })
      : NO_COMMENTS_MOVED;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: rule.auditAction,
      targetType: "User",
      targetId: userId,
      detail: { [rule.countDetail]: commentsMoved.count },
    });
    return commentsMoved;
  });
  expireReaderCaches(moved.cacheTags);
  return moved.count;
}
