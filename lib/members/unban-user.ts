import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { HELD_REASON_BAN } from "@/lib/moderation/comment-transitions";
import { sanctionTargetOrThrow } from "./assert-can-sanction";
import { expireReaderCaches } from "./expire-reader-caches";
import { userNotFoundOrChangedError } from "./member-errors";
import { ZUserId } from "./member-schemas";
import { ZCheckbox } from "./sanction-schemas";
import { moveMemberComments, NO_COMMENTS_MOVED } from "./move-member-comments";
import { parseInputOrThrow } from "./parse-input";

export const ZUnbanUserInput = z.object({
  userId: ZUserId,
  /** Bring back the comments the ban hid (held reason "ban"). */
  restoreHiddenComments: ZCheckbox,
});
export type TUnbanUserInput = z.input<typeof ZUnbanUserInput>;

export type TUnbanUserResult = { restoredComments: number };

/** Lifts a ban (or clears an expired one). The user signs in again; their old sessions stay void. */
export async function unbanUser(input: TUnbanUserInput): Promise<TUnbanUserResult> {
  return unbanUserFor(await requirePermission("comment:moderate"), input);
}

export async function unbanUserFor(actor: TCurrentUser, rawInput: TUnbanUserInput): Promise<TUnbanUserResult> {
  assertPermission(actor, "comment:moderate");
  const { userId, restoreHiddenComments } = parseInputOrThrow(ZUnbanUserInput, rawInput);
  await sanctionTargetOrThrow(actor, userId);

  const now = new Date();
  const { restored, cacheTags } = await db.$transaction(async (tx) => {
    const banned = await tx.user.findFirst({ where: { id: userId, status: "BANNED" }, select: { banReason: true } });
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "BANNED" },
      data: { status: "ACTIVE", banReason: null, bannedAt: null, banExpiresAt: null },
    });
    if (!banned || count === 0) throw await userNotFoundOrChangedError(tx, userId);
    const moved = restoreHiddenComments
      ? await moveMemberComments(tx, { authorId: userId, direction: "restore", heldReason: HELD_REASON_BAN, moderatorId: actor.id, now })
      : NO_COMMENTS_MOVED;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.unbanned",
      targetType: "User",
      targetId: userId,
      detail: { previousReason: banned.banReason, ...(restoreHiddenComments ? { restoredComments: moved.count } : {}) },
    });
    return { restored: moved.count, cacheTags: moved.cacheTags };
  });
  expireReaderCaches(cacheTags);
  return { restoredComments: restored };
}
