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
import { ZUserId } from "./member-schemas";
import { parseInputOrThrow } from "./parse-input";

// Newsroom accounts made without a password (authors brought over by a site import,
// lib/import/ensure-import-people.ts) cannot sign in until their owner chooses one. An admin
// invites them: an email with a password-setting link (the reset link's token and page, living
// days instead of an hour). Setting the password also verifies the address.

export const INVITATION_DAYS = 7;

export const ZInviteStaffMemberInput = z.object({ userId: ZUserId });
export type TInviteStaffMemberInput = z.input<typeof ZInviteStaffMemberInput>;

/** Whether the user page offers an invitation: staff, no password yet, a real address. */
export function canBeInvited(user: { role: string; hasPassword: boolean; email: string; deletedAt: unknown }): boolean {
  return user.role !== "MEMBER" && !user.hasPassword && !user.deletedAt && !isPlaceholderEmail(user.email);
}

/** Imports give accounts without a usable address one under .invalid (RFC 2606): never mailed. */
function isPlaceholderEmail(email: string): boolean {
  return /\.invalid$/i.test(email);
}

export async function inviteStaffMember(input: TInviteStaffMemberInput): Promise<{ email: string }> {
  return inviteStaffMemberFor(await requirePermission("user:manage"), input);
}

export async function inviteStaffMemberFor(actor: TCurrentUser, rawInput: TInviteStaffMemberInput): Promise<{ email: string }> {
  assertPermission(actor, "user:manage");
  const { userId } = parseInputOrThrow(ZInviteStaffMemberInput, rawInput);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, passwordHash: true, deletedAt: true } });
  if (!user || user.deletedAt) throw new AppError("NOT_FOUND", "This account does not exist any more.");
  if (user.role === "MEMBER") throw new AppError("CONFLICT", "Only newsroom accounts are invited: members sign up themselves.");
  if (user.passwordHash) throw new AppError("CONFLICT", "This account already has a password: its owner signs in, or resets it from the sign-in page.");
  if (isPlaceholderEmail(user.email)) {
    throw new AppError("CONFLICT", "This account has no real email address (the export had none): it cannot be invited until it has one.");
  }
  await db.$transaction(async (tx) => {
    // One live invitation at a time: a second one voids the first.
    await revokeEmailLinkTokens(tx, user.id, "RESET_PASSWORD");
    const token = await createEmailLinkToken(tx, user.id, "RESET_PASSWORD", INVITATION_DAYS * 24 * 60 * 60);
    await enqueueEmail(tx, staffInvitationEmail(user, token, { invitedBy: actor.name, days: INVITATION_DAYS }));
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.invited", targetType: "User", targetId: user.id, detail: { role: user.role } });
  });
  deliverSoon();
  return { email: user.email };
}
