// Signs a browser in without the form (STYLE.md habit 9): creates the Session row and mints the
// same next-auth JWT the sign-in action sets (lib/auth/start-session.ts), with the secret the
// app under test uses (scripts/test.ts passes NEXTAUTH_SECRET to both). Use the form only in
// tests about the form.
import { randomBytes } from "node:crypto";
import { test, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-lifetime";
import { db } from "@/lib/db/client";
import { authSecret, usesSecureCookies } from "@/lib/env";

/** next-auth's cookie name, as lib/auth/session-cookie.ts chooses it (not importable here: it is server-only). */
export function sessionCookieName(): string {
  return usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export async function signInAs(page: Page, user: { id: string; tokenVersion: number }): Promise<void> {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error("signInAs needs a baseURL in playwright.config.ts");
  const { role } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } });
  const maxAge = sessionMaxAgeSeconds(role);
  const sid = randomBytes(24).toString("base64url");
  await db.session.create({ data: { sessionToken: sid, userId: user.id, expires: new Date(Date.now() + maxAge * 1000) } });
  const value = await encode({ token: { sub: user.id, tv: user.tokenVersion, sid }, secret: authSecret(), maxAge });
  await page.context().addCookies([
    { name: sessionCookieName(), value, url: baseURL, httpOnly: true, sameSite: "Lax", secure: usesSecureCookies() },
  ]);
}
