import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { hashEmailLinkToken } from "@/lib/mail/email-link-tokens";
import { createUser, uniqueSuffix } from "../factories";

const PASSWORD = "heron-lantern-quietly-57";

function address(): string {
  return `test-address-${uniqueSuffix()}`;
}

describe("signing up", () => {
  it("creates an unverified member and emails a verification link", async () => {
    const email = `New.Reader-${uniqueSuffix()}@Example.com`;
    await signUp({ email: `  ${email} `, password: PASSWORD, name: "  New Reader  " }, address());

    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user).toMatchObject({ name: "New Reader", role: "MEMBER", status: "ACTIVE", emailVerified: null });
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(user.passwordHash ?? "", PASSWORD)).toBe(true);

    const mails = await db.outboxEmail.findMany({ where: { toAddress: user.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "verify-email", status: "PENDING" });
    const link = mails[0]?.textBody.match(/(\S+\/verify-email\?token=)([A-Za-z0-9_-]{43})/);
    expect(link?.[1]).toBe(`${new URL("/verify-email", serverEnv().SITE_URL).toString()}?token=`);
    const token = await db.emailToken.findUniqueOrThrow({ where: { tokenHash: hashEmailLinkToken(link?.[2] ?? "") } });
    expect(token).toMatchObject({ userId: user.id, purpose: "VERIFY_EMAIL", usedAt: null });
  });

  it("answers the same for an email that has an account, and tells that account's owner instead", async () => {
    const existing = await createUser({ name: "Long-time Reader" });
    const result = await signUp({ email: existing.email.toUpperCase(), password: PASSWORD, name: "Someone Else" }, address());
    expect(result).toBeUndefined();

    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(unchanged.name).toBe("Long-time Reader");
    expect(unchanged.passwordHash).toBe(existing.passwordHash);
    const mails = await db.outboxEmail.findMany({ where: { toAddress: existing.email } });
    expect(mails.map((mail) => mail.kind)).toEqual(["sign-up-attempt"]);
    expect(mails[0]?.textBody).toContain("/reset-password");
    expect(await db.emailToken.count({ where: { userId: existing.id } })).toBe(0);
  });

  it("refuses a weak password, naming the field, and creates nothing", async () => {
    const email = `weak-${uniqueSuffix()}@example.com`;
    const error = await signUp({ email, password: "Password1234!", name: "Weak" }, address()).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.fieldErrors.password).toMatch(/too common/);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("is limited to five accounts an hour from one address", async () => {
    const shared = address();
    for (let i = 0; i < 5; i++) await signUp({ email: `batch-${uniqueSuffix()}@example.com`, password: PASSWORD, name: "Batch" }, shared);
    const email = `sixth-${uniqueSuffix()}@example.com`;
    const error = await signUp({ email, password: PASSWORD, name: "Sixth" }, shared).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.status).toBe(429);
    expect(isAppError(error) && error.publicMessage).toBe("Too many attempts. Try again in 60 minutes.");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("signing up is one transaction", () => {
  // A trigger that makes the outbox refuse addresses of one shape, standing in for any failure
  // after the user row is written: the account must not exist without its verification email.
  // Static SQL: nothing is interpolated into the DDL.
  const refusedAddress = `outbox-refuses-${uniqueSuffix()}@example.com`;

  beforeAll(async () => {
    await db.$executeRaw`
      CREATE OR REPLACE FUNCTION "test_refuse_outbox"() RETURNS trigger AS $$
      BEGIN
        IF NEW."toAddress" LIKE 'outbox-refuses-%@example.com' THEN RAISE EXCEPTION 'outbox refused this address'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`;
    await db.$executeRaw`DROP TRIGGER IF EXISTS "test_refuse_outbox" ON "OutboxEmail"`;
    await db.$executeRaw`CREATE TRIGGER "test_refuse_outbox" BEFORE INSERT ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION "test_refuse_outbox"()`;
  });

  afterAll(async () => {
    await db.$executeRaw`DROP TRIGGER IF EXISTS "test_refuse_outbox" ON "OutboxEmail"`;
    await db.$executeRaw`DROP FUNCTION IF EXISTS "test_refuse_outbox"()`;
  });

  it("leaves no account behind when its email cannot be written", async () => {
    await expect(signUp({ email: refusedAddress, password: PASSWORD, name: "Nobody" }, address())).rejects.toThrow();
    expect(await db.user.count({ where: { email: refusedAddress } })).toBe(0);
  });
});
