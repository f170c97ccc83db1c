import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { EmailTokenPurpose, Prisma } from "@/lib/generated/prisma/client";

// The secrets in emailed links (verify an address, reset a password). The link carries 32
// random bytes; the database keeps only their SHA-256, so a leaked table holds no working link.
// A token is single-use and expires; consuming one is a single conditional UPDATE, so two
// presses of the button (or two tabs) cannot both use it.

export const TOKEN_LIFETIME_SECONDS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60,
  RESET_PASSWORD: 60 * 60,
};

const TOKEN_BYTES = 32;

/** 32 bytes in base64url: 43 characters from the URL-safe alphabet. Anything else is not ours. */
export const ZEmailLinkToken = z
  .string({ message: "This link is incomplete. Open the link from the email again." })
  .regex(/^[A-Za-z0-9_-]{43}$/, { message: "This link is incomplete. Open the link from the email again." });

export function hashEmailLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Makes a token for the user and returns the secret for the link; only its hash is stored. */
export async function createEmailLinkToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: EmailTokenPurpose,
  /** Longer than the purpose's default for an invitation (a reset link lives an hour, an invitation days). */
  lifetimeSeconds: number = TOKEN_LIFETIME_SECONDS[purpose],
): Promise<string> {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  await tx.emailToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashEmailLinkToken(token),
      expiresAt: new Date(Date.now() + lifetimeSeconds * 1000),
    },
  });
  return token;
}

/**
 * Marks the token used and returns its user's id, or null when the token is unknown, used,
 * expired or meant for something else. Atomic: of two concurrent calls, one gets null.
 */
export async function consumeEmailLinkToken(
  tx: Prisma.TransactionClient,
  token: string,
  purpose: EmailTokenPurpose,
): Promise<string | null> {
  const now = new Date();
  const [consumed] = await tx.emailToken.updateManyAndReturn({
    where: { tokenHash: hashEmailLinkToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { userId: true },
  });
  return consumed?.userId ?? null;
}

/** The user a still-usable token belongs to, or null. Reading only: the link stays usable. */
export async function findEmailLinkTokenUser(token: string, purpose: EmailTokenPurpose): Promise<string | null> {
  const found = await db.emailToken.findFirst({
    where: { tokenHash: hashEmailLinkToken(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    select: { userId: true },
  });
  return found?.userId ?? null;
}

/** Whether the link would still work: lets the page say "expired" before anyone presses a button. */
export async function isEmailLinkTokenUsable(token: string, purpose: EmailTokenPurpose): Promise<boolean> {
  return (await findEmailLinkTokenUser(token, purpose)) !== null;
}

/** Voids the user's other unused tokens of this purpose (after a reset, the other reset links die). */
export async function revokeEmailLinkTokens(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: EmailTokenPurpose,
): Promise<void> {
  await tx.emailToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
}
