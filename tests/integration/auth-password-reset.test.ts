import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { hashEmailLinkToken } from "@/lib/mail/email-link-tokens";
import { accountSignInKey, recordSignInFailure, secondsUntilSignInAllowed } from "@/lib/rate-limit/sign-in-throttle";
import { createUser, DEFAULT_TEST_PASSWORD, uniqueSuffix } from "../factories";

const NEW_PASSWORD = "a-brand-new-harbour-lantern";

function address(): string {
  return `test-address-${uniqueSuffix()}`;
}

/** The reset link's token, read from the outbox as a reader would read their email. */
async function resetTokenFor(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email, kind: "reset-password" }, orderBy: { createdAt: "desc" } });
  const link = mail.textBody.match(/https?:\/\/\S+\/reset-password\/confirm\?token=([A-Za-z0-9_-]+)/);
  if (!link?.[1]) throw new Error(`no reset link in: ${mail.textBody}`);
  return link[1];
}

describe("requesting a password reset", () => {
  it("emails a one-hour link to an existing account", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: `  ${user.email.toUpperCase()} ` }, address());
    const token = await resetTokenFor(user.email);
    const stored = await db.emailToken.findUniqueOrThrow({ where: { tokenHash: hashEmailLinkToken(token) } });
    expect(stored).toMatchObject({ userId: user.id, purpose: "RESET_PASSWORD", usedAt: null });
  });

  it("answers the same for an unknown email, and sends nothing", async () => {
    const email = `nobody-${uniqueSuffix()}@example.com`;
    await expect(requestPasswordReset({ email }, address())).resolves.toBeUndefined();
    expect(await db.outboxEmail.count({ where: { toAddress: email } })).toBe(0);
  });

  it("is limited per email and per address", async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: user.email }, address());
    const perEmail = await requestPasswordReset({ email: user.email }, address()).catch((caught: unknown) => caught);
    expect(isAppError(perEmail) && perEmail.publicMessage).toMatch(/^Too many attempts\. Try again in \d+ minutes?\.$/);

    const sharedAddress = address();
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: `someone-${uniqueSuffix()}@example.com` }, sharedAddress);
    const perAddress = await requestPasswordReset({ email: `someone-${uniqueSuffix()}@example.com` }, sharedAddress).catch((caught: unknown) => caught);
    expect(isAppError(perAddress) && perAddress.status).toBe(429);
  });
});

describe("setting a new password from the link", () => {
  it("replaces the password, ends every session, uses up the link and voids the others", async () => {
    const user = await createUser({ emailVerified: null });
    await requestPasswordReset({ email: user.email }, address());
    const olderToken = await resetTokenFor(user.email);
    await requestPasswordReset({ email: user.email }, address());
    const token = await resetTokenFor(user.email);
    expect(token).not.toBe(olderToken);

    await resetPassword({ token, password: NEW_PASSWORD });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.tokenVersion).toBe(user.tokenVersion + 1);
    expect(await verifyPassword(after.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash ?? "", DEFAULT_TEST_PASSWORD)).toBe(false);
    expect(after.emailVerified).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { targetId: user.id, action: "user.password_reset" } })).toBe(1);

    for (const used of [token, olderToken]) {
      const error = await resetPassword({ token: used, password: "yet-another-harbour-lantern" }).catch((caught: unknown) => caught);
      expect(isAppError(error) && error.publicMessage).toMatch(/expired or has already been used/);
    }
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash ?? "", NEW_PASSWORD)).toBe(true);
  });

  it("refuses a password equal to the email and leaves the link usable", async () => {
    const user = await createUser({ email: `a-long-enough-address-${uniqueSuffix()}@example.com` });
    await requestPasswordReset({ email: user.email }, address());
    const token = await resetTokenFor(user.email);
    const error = await resetPassword({ token, password: user.email }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.fieldErrors.password).toBe("Password must not be your email address.");
    await expect(resetPassword({ token, password: NEW_PASSWORD })).resolves.toBeUndefined();
  });

  it("refuses an expired link", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email }, address());
    const token = await resetTokenFor(user.email);
    await db.emailToken.update({ where: { tokenHash: hashEmailLinkToken(token) }, data: { expiresAt: new Date(Date.now() - 1) } });
    const error = await resetPassword({ token, password: NEW_PASSWORD }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.status).toBe(400);
  });

  it("lifts the sign-in wait someone else's guessing caused", async () => {
    const user = await createUser();
    const fromTwoSources = [accountSignInKey(user.email, "198.51.100.1"), accountSignInKey(user.email, "198.51.100.2")];
    for (const key of fromTwoSources) for (let i = 0; i < 6; i++) await recordSignInFailure([key]);
    for (const key of fromTwoSources) expect(await secondsUntilSignInAllowed([key])).toBeGreaterThan(0);
    await requestPasswordReset({ email: user.email }, address());
    await resetPassword({ token: await resetTokenFor(user.email), password: NEW_PASSWORD });
    for (const key of fromTwoSources) expect(await secondsUntilSignInAllowed([key])).toBe(0);
  });
});
