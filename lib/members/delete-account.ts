import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { verifyPassword } from "@/lib/auth/password";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { clearSessionCookie } from "@/lib/auth/session-cookie";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { expireReaderCaches, readerCacheTagsForUser } from "./expire-reader-caches";
import { lockActiveAdminIds } from "./lock-active-admins";
import { lastAdminError } from "./member-errors";
import { parseInputOrThrow } from "./parse-input";

export const DELETED_ACCOUNT_NAME = "Deleted account";

export function deletedAccountEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}

const CONFIRMATION_MESSAGE = "Type your password (or your email address, if you have no password) to confirm.";

export const ZDeleteAccountInput = z.object({
  /** The account's password (not trimmed: spaces may be part of it), or its email address when it has none. */
  confirmation: z
    .string({ message: CONFIRMATION_MESSAGE })
    .min(1, { message: CONFIRMATION_MESSAGE })
    .max(PASSWORD_MAX_LENGTH, { message: CONFIRMATION_MESSAGE }),
});
export type TDeleteAccountInput = z.input<typeof ZDeleteAccountInput>;

/**
 * Deletes the signed-in person's account and signs this browser out. Personal data is erased
 * (email, name, bio, avatar, handle, password, sign-in links and sessions, mail waiting to be
 * sent to them); the row stays so their comments keep their place in the conversation, shown as
 * "Deleted account".
 */
export async function deleteAccount(input: TDeleteAccountInput): Promise<void> {
  await deleteAccountFor(await requirePermission("profile:edit-own"), input);
  await clearSessionCookie();
}

export async function deleteAccountFor(actor: TCurrentUser, rawInput: TDeleteAccountInput): Promise<void> {
  assertPermission(actor, "profile:edit-own");
  const { confirmation } = parseInputOrThrow(ZDeleteAccountInput, rawInput);
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, email: true, handle: true, passwordHash: true },
  });
  const isConfirmed = user.passwordHash
    ? await verifyPassword(user.passwordHash, confirmation)
    : confirmation.trim().toLowerCase() === user.email;
  if (!isConfirmed) {
    throw new AppError("BAD_INPUT", "Please correct the highlighted fields.", {
      fieldErrors: {
        confirmation: user.passwordHash ? "That is not your password." : "That is not your email address.",
      },
    });
  }
  // Read before the erasure: the handle (author page) is about to go.
  const staleCacheTags = await readerCacheTagsForUser(user);

  await db.$transaction(async (tx) => {
    if (actor.role === "ADMIN") {
      const adminIds = await lockActiveAdminIds(tx);
      if (adminIds.every((id) => id === actor.id)) throw lastAdminError();
    }
    await tx.user.update({
      where: { id: user.id },
      data: {
        email: deletedAccountEmail(user.id),
        emailVerified: null,
        name: DELETED_ACCOUNT_NAME,
        bio: "",
        image: null,
        handle: null,
        passwordHash: null,
        deletedAt: new Date(),
        tokenVersion: { increment: 1 },
      },
    });
    await tx.account.deleteMany({ where: { userId: user.id } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.emailToken.deleteMany({ where: { userId: user.id } });
    // Mail to them, sent or waiting, holds their address: it goes too.
    await tx.outboxEmail.deleteMany({ where: { toAddress: user.email } });
    await recordAuditEvent(tx, { actorId: user.id, action: "user.deleted", targetType: "User", targetId: user.id });
  });
  expireReaderCaches(staleCacheTags);
}
