import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { HELD_REASON_BAN } from "@/lib/moderation/comment-transitions";
import { sanctionTargetOrThrow } from "./assert-can-sanction";
import { expireReaderCaches } from "./expire-reader-caches";
import { userNotFoundOrChangedError } from "./member-errors";
import { ZBanReason, ZUserId } from "./member-schemas";
import { ZBanDurationDays, ZCheckbox } from "./sanction-schemas";
import { moveMemberComments, NO_COMMENTS_MOVED } from "./move-member-comments";
import { parseInputOrThrow } from "./parse-input";

export const ZBanUserInput = z.object({
  userId: ZUserId,
  reason: ZBanReason,
  /** Days until the ban ends by itself; null (or an empty field) bans until lifted. */
  durationDays: ZBanDurationDays,
  /** "Also hide their past comments": their published comments become hidden (held reason "ban"). */
  hidePastComments: ZCheckbox,
});
export type TBanUserInput = z.input<typeof ZBanUserInput>;

export type TBanUserResult = { expiresAt: string | null; hiddenComments: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Bans a user: they can no longer sign in, and every session they have ends on its next request
 * (the token version moves on; lib/auth/current-user.ts). Only a user who is not banned now can
 * be banned (an expired ban counts as none), so two moderators banning at once get one ban and
 * one "changed by someone else". Moderators ban members; banning staff needs user:manage.
 */
export async function banUser(input: TBanUserInput): Promise<TBanUserResult> {
  return banUserFor(await requirePermission("comment:moderate"), input);
}

export async function banUserFor(actor: TCurrentUser, rawInput: TBanUserInput): Promise<TBanUserResult> {
  assertPermission(actor, "comment:moderate");
  const { userId, reason, durationDays, hidePastComments } = parseInputOrThrow(ZBanUserInput, rawInput);
  // Also what keeps the last admin: the actor is an active admin and cannot ban themselves.
  if (userId === actor.id) throw new AppError("BAD_INPUT", "You cannot ban yourself.");
  const target = await sanctionTargetOrThrow(actor, userId);

  const now = new Date();
  const expiresAt = durationDays === null ? null : new Date(now.getTime() + durationDays * DAY_MS);
  const { hidden, cacheTags } = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: {
        id: userId,
        role: target.role,
        deletedAt: null,
        OR: [{ status: "ACTIVE" }, { status: "BANNED", banExpiresAt: { lte: now } }],
      },
      data: { status: "BANNED", banReason: reason, bannedAt: now, banExpiresAt: expiresAt, tokenVersion: { increment: 1 } },
    });
    if (count === 0) throw await userNotFoundOrChangedError(tx, userId);
    const moved = hidePastComments
      ? await moveMemberComments(tx, { authorId: userId, direction: "hide", heldReason: HELD_REASON_BAN, moderatorId: actor.id, now })
      : NO_COMMENTS_MOVED;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.banned",
      targetType: "User",
      targetId: userId,
      detail: { reason, expiresAt: expiresAt?.toISOString() ?? null, hiddenComments: moved.count },
    });
    return { hidden: moved.count, cacheTags: moved.cacheTags };
  });
  expireReaderCaches(cacheTags);
  return { expiresAt: expiresAt?.toISOString() ?? null, hiddenComments: hidden };
}
