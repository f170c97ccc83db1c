import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/client";
import { lockActiveAdminIds } from "./lock-active-admins";
import { lastAdminError, userNotFoundOrChangedError } from "./member-errors";
import { ZRole, ZUserId } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";

export const ZChangeUserRoleInput = z.object({
  userId: ZUserId,
  role: ZRole,
  /** The role the admin saw when they chose the new one: the update only applies if it still holds. */
  seenRole: ZRole,
});
export type TChangeUserRoleInput = z.input<typeof ZChangeUserRoleInput>;

export type TChangeUserRoleResult = { role: Role; changed: boolean };

export async function changeUserRole(input: TChangeUserRoleInput): Promise<TChangeUserRoleResult> {
  return changeUserRoleFor(await requirePermission("user:manage"), input);
}

export async function changeUserRoleFor(actor: TCurrentUser, rawInput: TChangeUserRoleInput): Promise<TChangeUserRoleResult> {
  assertPermission(actor, "user:manage");
  const { userId, role, seenRole } = parseInputOrThrow(ZChangeUserRoleInput, rawInput);
  if (role === seenRole) return { role, changed: false };

  return db.$transaction(async (tx) => {
    if (seenRole === "ADMIN") {
      const adminIds = await lockActiveAdminIds(tx);
      if (adminIds.every((id) => id === userId)) throw lastAdminError();
    }
    const { count } = await tx.user.updateMany({
      where: { id: userId, role: seenRole, deletedAt: null },
      data: { role },
    });
    if (count === 0) throw await userNotFoundOrChangedError(tx, userId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.role_changed",
      targetType: "User",
      targetId: userId,
      detail: { from: seenRole, to: role },
    });
    return { role, changed: true };
  });
}
