import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimImportedComments } from "@/lib/import/claim-imported-comments";
import { verificationEmail } from "@/lib/mail/account-emails";
import { deliverSoon } from "@/lib/mail/deliver-soon";
import { consumeEmailLinkToken, createEmailLinkToken, revokeEmailLinkTokens, ZEmailLinkToken } from "@/lib/mail/email-link-tokens";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { expireReaderCaches } from "@/lib/members/expire-reader-caches";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { assertWithinRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { VERIFICATION_RESEND_PER_USER } from "@/lib/rate-limit/rules";
import type { TCurrentUser } from "./current-user";

export const USED_LINK_MESSAGE = "This link has expired or has already been used.";

/**
 * Marks the address of the token's user as verified. Only the button on /verify-email calls
 * this (a POST): mail scanners that open the link change nothing.
 */
export async function verifyEmail(token: string): Promise<void> {
  const parsedToken = parseInputOrThrow(ZEmailLinkToken, token);
  const verified = await db.$transaction(async (tx) => {
    const userId = await consumeEmailLinkToken(tx, parsedToken, "VERIFY_EMAIL");
    if (!userId) return false;
    // Only unverified users change: a second link must not move the verification date.
    const { count } = await tx.user.updateMany({ where: { id: userId, emailVerified: null }, data: { emailVerified: new Date() } });
    // Comments this address wrote on an imported site become this account's.
    return count > 0 ? await claimImportedComments(tx, userId) : [];
  });
  if (verified) await expireReaderCaches(verified);
  if (!verified) throw new AppError("BAD_INPUT", USED_LINK_MESSAGE, { message: "verify-email: unusable token" });
}

/** Sends the signed-in reader a fresh link; earlier links stop working. */
export async function resendVerificationEmail(viewer: TCurrentUser | null): Promise<void> {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  if (viewer.emailVerified) return;
  await assertWithinRateLimit(rateLimitKey("verify-email:resend", viewer.id), VERIFICATION_RESEND_PER_USER);
  await db.$transaction(async (tx) => {
    await revokeEmailLinkTokens(tx, viewer.id, "VERIFY_EMAIL");
    const token = await createEmailLinkToken(tx, viewer.id, "VERIFY_EMAIL");
    await enqueueEmail(tx, verificationEmail(viewer, token));
  });
  deliverSoon();
}
