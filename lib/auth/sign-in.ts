import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { isBanInForce } from "@/lib/members/ban-state";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import {
  accountSignInKey,
  addressSignInKey,
  clearSignInFailures,
  recordSignInFailure,
  secondsUntilSignInAllowed,
} from "@/lib/rate-limit/sign-in-throttle";
import { tooManyAttemptsError } from "@/lib/rate-limit/too-many-attempts";
import { hashPassword, verifyPassword } from "./password";
import { ZSignInInput, type TSignInInput } from "./password-policy";
import { noteFailedSignIn } from "./sign-in-attack-alert";

/** One answer for an unknown email and a wrong password, so the form cannot be used to find accounts. */
export const SIGN_IN_REJECTED_MESSAGE = "That email and password don't match an account. Check them and try again.";

export type TSignedInUser = { id: string; tokenVersion: number; role: Role; isBanned: boolean };

// Checked when the email has no account (or no password), so that answer takes as long as a
// wrong password: argon2 dominates the time either way. Its password is random and unknown.
let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return dummyHash;
}

/**
 * Checks an email and password. Throttled per account-and-address and per address before the
 * password is looked at; every failure counts against both, so the owner's right password
 * from their own address still works while a stranger is guessing from another. Failures at
 * a staff account, from whatever address, raise an audit alert when sustained. Banned users
 * pass here: the session they get shows them the ban (lib/auth/current-user.ts), nothing else.
 */
export async function signIn(input: TSignInInput, address: string): Promise<TSignedInUser> {
  const { email, password } = parseInputOrThrow(ZSignInInput, input);
  const keys = [accountSignInKey(email, address), addressSignInKey(address)];
  const wait = await secondsUntilSignInAllowed(keys);
  if (wait > 0) throw tooManyAttemptsError(wait, "sign-in");

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, tokenVersion: true, role: true, status: true, banExpiresAt: true, deletedAt: true },
  });
  const passwordHash = user && !user.deletedAt ? user.passwordHash : null;
  const matches = await verifyPassword(passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !passwordHash || !matches) {
    await recordSignInFailure(keys);
    await noteFailedSignIn(email, user && !user.deletedAt ? user : null);
    throw new AppError("UNAUTHENTICATED", SIGN_IN_REJECTED_MESSAGE, { message: "sign-in rejected: unknown email or wrong password" });
  }

  await clearSignInFailures(accountSignInKey(email, address));
  // An expired ban is no ban: the member signs in as usual (lib/members/ban-state.ts).
  return { id: user.id, tokenVersion: user.tokenVersion, role: user.role, isBanned: isBanInForce(user) };
}
