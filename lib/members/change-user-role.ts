import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { changeUserIfUnchanged } from "./change-user-if-unchanged";
import { lockActiveAdminIds } from "./lock-active-admins";
import { lastAdminError } from "./member-errors";
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
  const changed = await changeUserIfUnchanged(actor, {
    userId,
    from: seenRole,
    to: role,
    seen: { role: seenRole },
    data: { role },
    auditAction: "user.role_changed",
    check: seenRole === "ADMIN" ? (tx) => refuseRemovingLastAdmin(tx, userId) : undefined,
  });
  return { role, changed };
}

async function refuseRemovingLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const adminIds = await lockActiveAdminIds(tx);
  if (adminIds.every((id) => id === userId)) throw lastAdminError();
}
