import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { passwordResetEmail } from "@/lib/mail/account-emails";
import { deliverSoon } from "@/lib/mail/deliver-soon";
import {
  consumeEmailLinkToken,
  createEmailLinkToken,
  findEmailLinkTokenUser,
  revokeEmailLinkTokens,
  ZEmailLinkToken,
} from "@/lib/mail/email-link-tokens";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { assertWithinRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { PASSWORD_RESET_PER_ADDRESS, PASSWORD_RESET_PER_EMAIL } from "@/lib/rate-limit/rules";
import { clearAccountSignInFailures } from "@/lib/rate-limit/sign-in-throttle";
import { USED_LINK_MESSAGE } from "./email-verification";
import { hashPassword } from "./password";
import { PASSWORD_IS_EMAIL_MESSAGE, passwordMatchesEmail, ZEmail, ZNewPassword } from "./password-policy";

export const ZPasswordResetRequest = z.object({ email: ZEmail });
export const ZPasswordResetConfirmation = z.object({ token: ZEmailLinkToken, password: ZNewPassword });

/**
 * Emails a reset link when the address has an account. The caller answers the same whether it
 * has one or not; the limits apply either way, so they reveal nothing either.
 */
export async function requestPasswordReset(input: z.input<typeof ZPasswordResetRequest>, address: string): Promise<void> {
  const { email } = parseInputOrThrow(ZPasswordResetRequest, input);
  await assertWithinRateLimit(rateLimitKey("reset:address", address), PASSWORD_RESET_PER_ADDRESS);
  await assertWithinRateLimit(rateLimitKey("reset:email", email), PASSWORD_RESET_PER_EMAIL);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, deletedAt: true } });
  if (!user || user.deletedAt) return;
  await db.$transaction(async (tx) => {
    const token = await createEmailLinkToken(tx, user.id, "RESET_PASSWORD");
    await enqueueEmail(tx, passwordResetEmail(user, token));
  });
  deliverSoon();
}

/**
 * Sets a new password from a reset link. One transaction: the token is used up, the password
 * replaced, every session ended (tokenVersion), the other reset links voided, and the change
 * audited; a failure anywhere leaves all of it as it was, the token included.
 */
export async function resetPassword(input: z.input<typeof ZPasswordResetConfirmation>): Promise<void> {
  const { token, password } = parseInputOrThrow(ZPasswordResetConfirmation, input);
  // Checked before anything is written, and before argon2 (slow on purpose) is spent on a
  // link that cannot work.
  const userId = await findEmailLinkTokenUser(token, "RESET_PASSWORD");
  if (!userId) throw unusableLink();
  const { email, emailVerified } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerified: true } });
  if (passwordMatchesEmail(password, email)) {
    throw new AppError("BAD_INPUT", "Please correct the highlighted fields.", { fieldErrors: { password: PASSWORD_IS_EMAIL_MESSAGE } });
  }
  const passwordHash = await hashPassword(password);

  const changed = await db.$transaction(async (tx) => {
    // The link may have been used since it was read (another tab): consuming is the real check.
    if ((await consumeEmailLinkToken(tx, token, "RESET_PASSWORD")) !== userId) return false;
    await tx.user.update({
      where: { id: userId },
      data: {
        passwordHash,
        tokenVersion: { increment: 1 },
        // The reader just proved they read this mailbox.
        ...(emailVerified ? {} : { emailVerified: new Date() }),
      },
    });
    await revokeEmailLinkTokens(tx, userId, "RESET_PASSWORD");
    await recordAuditEvent(tx, { actorId: userId, action: "user.password_reset", targetType: "User", targetId: userId });
    return true;
  });
  if (!changed) throw unusableLink();
  // Whoever was guessing at this account must not keep its owner waiting.
  await clearAccountSignInFailures(email);
}

function unusableLink(): AppError {
  return new AppError("BAD_INPUT", `${USED_LINK_MESSAGE} Ask for a new link below.`, { message: "reset-password: unusable token" });
}
