import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "@/lib/auth/common-passwords";
import { normalizeEmail, ZEmail, ZNewPassword, ZSignInInput, ZSignUpInput } from "@/lib/auth/password-policy";

function messagesFor(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string): string[] {
  return (result.error?.issues ?? []).filter((issue) => issue.path.join(".") === field).map((issue) => issue.message);
}

describe("the password policy", () => {
  it("accepts a long, uncommon password", () => {
    expect(ZNewPassword.safeParse("heron-lantern-quietly-57").success).toBe(true);
  });

  it("needs at least 12 characters and allows at most 200", () => {
    expect(ZNewPassword.safeParse("a1b2c3d4e5f").error?.issues[0]?.message).toMatch(/at least 12 characters/);
    expect(ZNewPassword.safeParse("x".repeat(12) + "q").success).toBe(true);
    expect(ZNewPassword.safeParse("long enough ".repeat(17)).error?.issues[0]?.message).toMatch(/at most 200 characters/);
  });

  it("refuses common passwords, whatever their case and however they are padded", () => {
    for (const password of ["passwordpassword", "PASSWORD1234", "Password1234!", "qwertyuiop12", "123456789012", "iloveyou123!"]) {
      expect(ZNewPassword.safeParse(password).error?.issues[0]?.message, password).toMatch(/too common/);
    }
  });

  it("ships a list of about two hundred common passwords", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThanOrEqual(200);
    expect(isCommonPassword("dragon847261930")).toBe(false);
  });

  it("refuses a password equal to the email or its local part, naming the password field", () => {
    const asEmail = ZSignUpInput.safeParse({ email: "Reader.Name@Example.com", password: "reader.name@example.com", name: "Reader" });
    expect(messagesFor(asEmail, "password")).toEqual(["Password must not be your email address."]);
    const asLocalPart = ZSignUpInput.safeParse({ email: "a-long-local-part@example.com", password: "A-Long-Local-Part", name: "Reader" });
    expect(messagesFor(asLocalPart, "password")).toEqual(["Password must not be your email address."]);
  });

  it("names each missing sign-up field", () => {
    const result = ZSignUpInput.safeParse({ email: "", password: "", name: "  " });
    expect(messagesFor(result, "email")[0]).toMatch(/email/i);
    expect(messagesFor(result, "password")[0]).toMatch(/password/i);
    expect(messagesFor(result, "name")[0]).toMatch(/display name/i);
  });
});

describe("emails", () => {
  it("are trimmed and lower-cased", () => {
    expect(ZEmail.parse("  Reader@Example.COM ")).toBe("reader@example.com");
    expect(normalizeEmail(" A@B.C ")).toBe("a@b.c");
  });

  it("must look like an email", () => {
    expect(ZEmail.safeParse("not an email").error?.issues[0]?.message).toMatch(/email address like/);
  });

  it("sign-in only needs a password to be present, never the policy", () => {
    expect(ZSignInInput.safeParse({ email: "a@example.com", password: "short" }).success).toBe(true);
    expect(messagesFor(ZSignInInput.safeParse({ email: "a@example.com", password: "" }), "password")).toEqual(["Enter your password."]);
  });
});
