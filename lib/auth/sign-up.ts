import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { signUpAttemptEmail, verificationEmail } from "@/lib/mail/account-emails";
import { deliverSoon } from "@/lib/mail/deliver-soon";
import { createEmailLinkToken } from "@/lib/mail/email-link-tokens";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { assertWithinRateLimit, consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { SIGN_UP_NOTICES_PER_EMAIL, SIGN_UP_PER_ADDRESS } from "@/lib/rate-limit/rules";
import { hashPassword } from "./password";
import { ZSignUpInput, type TSignUpInput } from "./password-policy";

/**
 * Creates a member account and emails a verification link, both in one transaction. When the
 * email already has an account, the answer is the same ("check your email") and that account's
 * owner gets an email saying someone tried: the form never tells a stranger who has an account.
 */
export async function signUp(input: TSignUpInput, address: string): Promise<void> {
  const { email, password, name } = parseInputOrThrow(ZSignUpInput, input);
  await assertWithinRateLimit(rateLimitKey("sign-up:address", address), SIGN_UP_PER_ADDRESS);

  // Hashed before looking the email up, so both answers cost the same argon2 time.
  const passwordHash = await hashPassword(password);
  if (await notifyExistingAccount(email)) return;
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name, passwordHash, emailVerified: null },
        select: { id: true, email: true, name: true },
      });
      const token = await createEmailLinkToken(tx, user.id, "VERIFY_EMAIL");
      await enqueueEmail(tx, verificationEmail(user, token));
    });
  } catch (error) {
    // Two sign-ups for one email at once: the loser is the "already has an account" case.
    if (!isUniqueViolation(error) || !(await notifyExistingAccount(email))) throw error;
    return;
  }
  deliverSoon();
}

/** True when the email has an account; its owner is told (at most a few times an hour). */
async function notifyExistingAccount(email: string): Promise<boolean> {
  const existing = await db.user.findUnique({ where: { email }, select: { email: true, name: true, deletedAt: true } });
  if (!existing) return false;
  if (existing.deletedAt) return true;
  const notice = await consumeRateLimit(rateLimitKey("sign-up:notice", email), SIGN_UP_NOTICES_PER_EMAIL);
  if (notice.allowed) {
    await db.$transaction((tx) => enqueueEmail(tx, signUpAttemptEmail(existing)));
    deliverSoon();
  }
  return true;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
