// Signs a browser in without the form (STYLE.md habit 9): mints the same next-auth JWT the
// sign-in action sets, with the secret the app under test uses (scripts/test.ts passes
// NEXTAUTH_SECRET to both). Use the form only in tests about the form.
import { test, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { authSecret, usesSecureCookies } from "@/lib/env";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** next-auth's cookie name, as lib/auth/session-cookie.ts chooses it (not importable here: it is server-only). */
function sessionCookieName(): string {
  return usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export async function signInAs(page: Page, user: { id: string; tokenVersion: number }): Promise<void> {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error("signInAs needs a baseURL in playwright.config.ts");
  const value = await encode({
    token: { sub: user.id, tv: user.tokenVersion },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  await page.context().addCookies([
    { name: sessionCookieName(), value, url: baseURL, httpOnly: true, sameSite: "Lax", secure: usesSecureCookies() },
  ]);
}
