import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyEmail } from "@/lib/auth/email-verification";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { consumeEmailLinkToken, createEmailLinkToken, isEmailLinkTokenUsable } from "@/lib/mail/email-link-tokens";
import { createUser } from "../factories";

async function newToken(userId: string, purpose: "VERIFY_EMAIL" | "RESET_PASSWORD"): Promise<string> {
  return db.$transaction((tx) => createEmailLinkToken(tx, userId, purpose));
}

async function consume(token: string, purpose: "VERIFY_EMAIL" | "RESET_PASSWORD"): Promise<string | null> {
  return db.$transaction((tx) => consumeEmailLinkToken(tx, token, purpose));
}

describe("emailed link tokens", () => {
  it("are 32 random bytes in base64url, stored only as their SHA-256", async () => {
    const user = await createUser();
    const token = await newToken(user.id, "VERIFY_EMAIL");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db.emailToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("expire after 24 hours for verification and 1 hour for a reset", async () => {
    const user = await createUser();
    await newToken(user.id, "VERIFY_EMAIL");
    await newToken(user.id, "RESET_PASSWORD");
    const rows = await db.emailToken.findMany({ where: { userId: user.id } });
    const lifetime = (purpose: string) => {
      const row = rows.find((entry) => entry.purpose === purpose);
      return row ? (row.expiresAt.getTime() - row.createdAt.getTime()) / 3_600_000 : NaN;
    };
    expect(lifetime("VERIFY_EMAIL")).toBeCloseTo(24, 1);
    expect(lifetime("RESET_PASSWORD")).toBeCloseTo(1, 1);
  });

  it("work once", async () => {
    const user = await createUser();
    const token = await newToken(user.id, "RESET_PASSWORD");
    expect(await consume(token, "RESET_PASSWORD")).toBe(user.id);
    expect(await consume(token, "RESET_PASSWORD")).toBeNull();
    expect(await isEmailLinkTokenUsable(token, "RESET_PASSWORD")).toBe(false);
  });

  it("work once even when two requests race", async () => {
    const user = await createUser();
    const token = await newToken(user.id, "RESET_PASSWORD");
    const results = await Promise.all([consume(token, "RESET_PASSWORD"), consume(token, "RESET_PASSWORD"), consume(token, "RESET_PASSWORD")]);
    expect(results.filter((result) => result === user.id)).toHaveLength(1);
  });

  it("stop working when expired", async () => {
    const user = await createUser();
    const token = await newToken(user.id, "VERIFY_EMAIL");
    await db.emailToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await isEmailLinkTokenUsable(token, "VERIFY_EMAIL")).toBe(false);
    expect(await consume(token, "VERIFY_EMAIL")).toBeNull();
  });

  it("only do what they were made for", async () => {
    const user = await createUser();
    const token = await newToken(user.id, "VERIFY_EMAIL");
    expect(await consume(token, "RESET_PASSWORD")).toBeNull();
    expect(await consume(token, "VERIFY_EMAIL")).toBe(user.id);
  });
});

describe("verifyEmail", () => {
  it("verifies the token's user once; the link is then used up", async () => {
    const user = await createUser({ emailVerified: null });
    const token = await newToken(user.id, "VERIFY_EMAIL");
    await verifyEmail(token);
    const verifiedAt = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified;
    expect(verifiedAt).toBeInstanceOf(Date);

    const again = await verifyEmail(token).catch((caught: unknown) => caught);
    expect(isAppError(again) && again.publicMessage).toMatch(/expired or has already been used/);
  });

  it("refuses malformed and unknown tokens without touching anything", async () => {
    for (const token of ["", "short", "x".repeat(43), "<script>alert(1)</script>"]) {
      const error = await verifyEmail(token).catch((caught: unknown) => caught);
      expect(isAppError(error) && error.status, token).toBe(400);
    }
  });
});
