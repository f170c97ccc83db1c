import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { z } from "zod";
import { authSecret, usesSecureCookies } from "@/lib/env";

// Sessions are next-auth JWTs in an HttpOnly cookie, minted by our own sign-in action so that
// sign-in works without JavaScript and goes through our throttling (docs/decisions/0004).
// The token carries the user's tokenVersion and the id of a server-side Session row
// (docs/decisions/0015-hardening-operations.md); every request checks both against the database,
// so sign-out, a ban or a password change ends sessions at once (lib/auth/current-user.ts).

export function sessionCookieName(): string {
  // next-auth's own names, so its helpers (getToken, the /api/auth routes) read the same cookie.
  return usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

const ZSessionToken = z.object({ sub: z.string().min(1), tv: z.number().int(), sid: z.string().min(1) });
export type TSessionToken = z.infer<typeof ZSessionToken>;

export async function setSessionCookie(token: TSessionToken, maxAgeSeconds: number): Promise<void> {
  const value = await encode({ token, secret: authSecret(), maxAge: maxAgeSeconds });
  (await cookies()).set(sessionCookieName(), value, {
    httpOnly: true,
    sameSite: "lax",
    secure: usesSecureCookies(),
    path: "/",
    maxAge: maxAgeSeconds,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}

/** The signed token from the request's cookie, or null when absent, expired, forged or from before session ids. */
export async function readSessionToken(): Promise<TSessionToken | null> {
  return decodeSessionCookie((await cookies()).get(sessionCookieName())?.value);
}

/**
 * The session cookie's value in a Cookie header, for code that holds the raw request rather than
 * Next's cookies() (lib/comments/comment-post-endpoint.ts).
 */
export function sessionCookieIn(cookieHeader: string | null | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  const name = sessionCookieName();
  for (const pair of cookieHeader.split(";")) {
    const separator = pair.indexOf("=");
    if (separator > 0 && pair.slice(0, separator).trim() === name) return decodeURIComponent(pair.slice(separator + 1).trim());
  }
  return undefined;
}

/** The token a session cookie's value carries, or null when absent, expired, forged or from before session ids. */
export async function decodeSessionCookie(raw: string | undefined): Promise<TSessionToken | null> {
  if (!raw) return null;
  const remembered = decodedTokens.get(raw);
  if (remembered && remembered.expiresAt > Date.now()) return remembered.token;
  try {
    const decoded = await decode({ token: raw, secret: authSecret() });
    const parsed = ZSessionToken.safeParse(decoded);
    if (!parsed.success) return null;
    remember(raw, parsed.data, typeof decoded?.exp === "number" ? decoded.exp * 1000 : 0);
    return parsed.data;
  } catch {
    return null;
  }
}

// Decrypting the cookie derives its key (HKDF) and decrypts it every time: a couple of
// milliseconds of CPU on every signed-in request. The same cookie always decodes to the same
// token, so tokens already checked are kept, until their own expiry, for the cookies seen last.
// Whether the session still holds is asked of the database on every request regardless
// (lib/auth/current-user.ts); this only skips repeating the cryptography.
const REMEMBERED_TOKENS = 2_000;
const decodedTokens = new Map<string, { token: TSessionToken; expiresAt: number }>();

function remember(raw: string, token: TSessionToken, expiresAt: number): void {
  if (expiresAt <= Date.now()) return;
  if (decodedTokens.size >= REMEMBERED_TOKENS) decodedTokens.delete(decodedTokens.keys().next().value!);
  decodedTokens.set(raw, { token, expiresAt });
}
