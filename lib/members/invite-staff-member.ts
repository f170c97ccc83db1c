import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { staffInvitationEmail } from "@/lib/mail/account-emails";
import { deliverSoon } from "@/lib/mail/deliver-soon";
import { createEmailLinkToken, revokeEmailLinkTokens } from "@/lib/mail/email-link-tokens";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { ZEmail } from "@/lib/auth/password-policy";
import { ZUserId } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";

// Newsroom accounts made without a password (authors brought over by a site import,
// lib/import/ensure-import-people.ts) cannot sign in until their owner chooses one. An admin
// invites them: an email with a password-setting link (the reset link's token and page, living
// days instead of an hour). Setting the password also verifies the address.

export const INVITATION_DAYS = 7;

export const ZInviteStaffMemberInput = z.object({
  userId: ZUserId,
  /** For an account whose export gave no address: where the invitation goes, kept as its email. */
  email: z.preprocess((value) => (value === "" ? undefined : value), ZEmail.optional()),
});
export type TInviteStaffMemberInput = z.input<typeof ZInviteStaffMemberInput>;

/** Whether the user page offers an invitation: staff, no password yet, not deleted. */
export function canBeInvited(user: { role: string; hasPassword: boolean; deletedAt: unknown }): boolean {
  return user.role !== "MEMBER" && !user.hasPassword && !user.deletedAt;
}

/** Imports give accounts without a usable address one under .invalid (RFC 2606): never mailed. */
export function isPlaceholderEmail(email: string): boolean {
  return /\.invalid$/i.test(email);
}

export async function inviteStaffMember(input: TInviteStaffMemberInput): Promise<{ email: string }> {
  return inviteStaffMemberFor(await requirePermission("user:manage"), input);
}

export async function inviteStaffMemberFor(actor: TCurrentUser, rawInput: TInviteStaffMemberInput): Promise<{ email: string }> {
  assertPermission(actor, "user:manage");
  const { userId, email: givenEmail } = parseInputOrThrow(ZInviteStaffMemberInput, rawInput);
  const found = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, passwordHash: true, deletedAt: true } });
  if (!found || found.deletedAt) throw new AppError("NOT_FOUND", "This account does not exist any more.");
  if (found.role === "MEMBER") throw new AppError("CONFLICT", "Only newsroom accounts are invited: members sign up themselves.");
  if (found.passwordHash) throw new AppError("CONFLICT", "This account already has a password: its owner signs in, or resets it from the sign-in page.");
  // An account the export gave no address gets the one the admin types; a real one stays.
  const needsEmail = isPlaceholderEmail(found.email);
  if (needsEmail && !givenEmail) {
    const message = "Enter the email address to send the invitation to: this account has none yet.";
    throw new AppError("BAD_INPUT", message, { fieldErrors: { email: message } });
  }
  const user = needsEmail && givenEmail ? { ...found, email: givenEmail } : found;
  await db.$transaction(async (tx) => {
    if (needsEmail) {
      const taken = await tx.user.findFirst({ where: { email: user.email, id: { not: user.id } }, select: { id: true } });
      if (taken) {
        const message = "Another account already uses this email address.";
        throw new AppError("CONFLICT", message, { fieldErrors: { email: message } });
      }
      await tx.user.update({ where: { id: user.id }, data: { email: user.email } });
    }
    // One live invitation at a time: a second one voids the first.
    await revokeEmailLinkTokens(tx, user.id, "RESET_PASSWORD");
    const token = await createEmailLinkToken(tx, user.id, "RESET_PASSWORD", INVITATION_DAYS * 24 * 60 * 60);
    await enqueueEmail(tx, staffInvitationEmail(user, token, { invitedBy: actor.name, days: INVITATION_DAYS }));
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.invited", targetType: "User", targetId: user.id, detail: { role: user.role, ...(needsEmail ? { emailSet: true } : {}) } });
  });
  deliverSoon();
  return { email: user.email };
}
