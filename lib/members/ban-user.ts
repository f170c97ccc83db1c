import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { userNotFoundOrChangedError } from "./member-errors";
import { ZBanReason, ZUserId } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";

export const ZBanUserInput = z.object({ userId: ZUserId, reason: ZBanReason });
export type TBanUserInput = z.input<typeof ZBanUserInput>;

/**
 * Bans a user: they can no longer sign in, and every session they have ends on its next request
 * (the token version moves on; lib/auth/current-user.ts). Only an active user can be banned, so
 * two admins banning at once get one ban and one "changed by someone else".
 */
export async function banUser(input: TBanUserInput): Promise<void> {
  return banUserFor(await requirePermission("user:manage"), input);
}

export async function banUserFor(actor: TCurrentUser, rawInput: TBanUserInput): Promise<void> {
  assertPermission(actor, "user:manage");
  const { userId, reason } = parseInputOrThrow(ZBanUserInput, rawInput);
  // Also what keeps the last admin: the actor is an active admin and cannot ban themselves.
  if (userId === actor.id) throw new AppError("BAD_INPUT", "You cannot ban yourself.");

  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "ACTIVE", deletedAt: null },
      data: { status: "BANNED", banReason: reason, bannedAt: new Date(), tokenVersion: { increment: 1 } },
    });
    if (count === 0) throw await userNotFoundOrChangedError(tx, userId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.banned",
      targetType: "User",
      targetId: userId,
      detail: { reason },
    });
  });
}
