import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { PASSWORD_IS_EMAIL_MESSAGE, PASSWORD_MAX_LENGTH, passwordMatchesEmail, ZNewPassword } from "@/lib/auth/password-policy";
import { startSession } from "@/lib/auth/start-session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInputOrThrow } from "./parse-input";

export const ZChangePasswordInput = z.object({
  currentPassword: z
    .string({ message: "Enter your current password." })
    .min(1, { message: "Enter your current password." })
    .max(PASSWORD_MAX_LENGTH, { message: "That is not your current password." }),
  newPassword: ZNewPassword,
});
export type TChangePasswordInput = z.input<typeof ZChangePasswordInput>;

/**
 * Changes the signed-in person's password and ends their other sessions; this browser gets a
 * fresh cookie carrying the new token version, so it stays signed in.
 */
export async function changePassword(input: TChangePasswordInput): Promise<void> {
  const actor = await requirePermission("profile:edit-own");
  const { tokenVersion } = await changePasswordFor(actor, input);
  await startSession({ id: actor.id, tokenVersion, role: actor.role });
}

/** Returns the new token version, which every session minted before it no longer carries. */
export async function changePasswordFor(actor: TCurrentUser, rawInput: TChangePasswordInput): Promise<{ tokenVersion: number }> {
  assertPermission(actor, "profile:edit-own");
  const { currentPassword, newPassword } = parseInputOrThrow(ZChangePasswordInput, rawInput);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, passwordHash: true } });
  if (!user.passwordHash) {
    throw new AppError("BAD_INPUT", "Your account has no password yet: set one with “Forgot your password?” on the sign-in page.");
  }
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("BAD_INPUT", "Please correct the highlighted fields.", {
      fieldErrors: { currentPassword: "That is not your current password." },
    });
  }
  if (passwordMatchesEmail(newPassword, user.email)) {
    throw new AppError("BAD_INPUT", "Please correct the highlighted fields.", { fieldErrors: { newPassword: PASSWORD_IS_EMAIL_MESSAGE } });
  }
  const passwordHash = await hashPassword(newPassword);

  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, tokenVersion: { increment: 1 } },
      select: { tokenVersion: true },
    });
    // A reset link asked for before this change must not undo it.
    await tx.emailToken.deleteMany({ where: { userId: actor.id, purpose: "RESET_PASSWORD", usedAt: null } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.password_changed", targetType: "User", targetId: actor.id });
    return updated;
  });
}
