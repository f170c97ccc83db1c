import "server-only";
import { assertPermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who may ban or shadow-ban whom: moderators (comment:moderate, editors and admins) deal with
 * members, who are the people in the comments; sanctioning staff (anyone with a newsroom role)
 * stays with user management (admins). docs/permissions.md, "Rules beyond the matrix".
 */
export function assertCanSanction(actor: TCurrentUser, targetRole: Role): void {
  assertPermission(actor, "comment:moderate");
  if (targetRole !== "MEMBER") assertPermission(actor, "user:manage");
}

/** Loads the person a ban or shadow ban is about and checks the actor may sanction them. */
export async function sanctionTargetOrThrow(actor: TCurrentUser, userId: string): Promise<{ role: Role }> {
  const target = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!target) throw new AppError("NOT_FOUND", "There is no such user.");
  assertCanSanction(actor, target.role);
  return target;
}
