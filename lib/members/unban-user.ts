import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { userNotFoundOrChangedError } from "./member-errors";
import { ZUserId } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";

export const ZUnbanUserInput = z.object({ userId: ZUserId });
export type TUnbanUserInput = z.input<typeof ZUnbanUserInput>;

/** Lifts a ban. The user signs in again; their old sessions stay void. */
export async function unbanUser(input: TUnbanUserInput): Promise<void> {
  return unbanUserFor(await requirePermission("user:manage"), input);
}

export async function unbanUserFor(actor: TCurrentUser, rawInput: TUnbanUserInput): Promise<void> {
  assertPermission(actor, "user:manage");
  const { userId } = parseInputOrThrow(ZUnbanUserInput, rawInput);

  await db.$transaction(async (tx) => {
    const banned = await tx.user.findFirst({ where: { id: userId, status: "BANNED" }, select: { banReason: true } });
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "BANNED" },
      data: { status: "ACTIVE", banReason: null, bannedAt: null },
    });
    if (!banned || count === 0) throw await userNotFoundOrChangedError(tx, userId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.unbanned",
      targetType: "User",
      targetId: userId,
      detail: { previousReason: banned.banReason },
    });
  });
}
