import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

// Share links for drafts: /preview/<id>?token=<expiry>.<signature>, where the signature is
// HMAC-SHA256 with the site's secret over the article id and the expiry. Nothing is stored, so
// a link cannot be revoked before it expires, except by changing NEXTAUTH_SECRET (which also
// ends every session). The token says nothing about the article's content: it only opens it.

export const PREVIEW_LINK_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const TOKEN_SHAPE = /^(\d{10,13})\.([A-Za-z0-9_-]{43})$/;

function signature(articleId: string, expiresAtMs: number): Buffer {
  // The purpose prefix keeps these signatures from ever matching another use of the same secret.
  return createHmac("sha256", authSecret()).update(`masthead-preview\n${articleId}\n${expiresAtMs}`).digest();
}

export function createPreviewToken(articleId: string, now = new Date(), days = PREVIEW_LINK_DAYS): string {
  const expiresAtMs = now.getTime() + days * DAY_MS;
  return `${expiresAtMs}.${signature(articleId, expiresAtMs).toString("base64url")}`;
}

/** True when `token` was made for this article and has not expired. Constant-time comparison. */
export function isValidPreviewToken(articleId: string, token: string | undefined, now = new Date()): boolean {
  if (!token) return false;
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return false;
  const expiresAtMs = Number(match[1]);
  if (!Number.isSafeInteger(expiresAtMs) || expiresAtMs <= now.getTime()) return false;
  const encoded = match[2] ?? "";
  const given = Buffer.from(encoded, "base64url");
  // Only the canonical spelling: base64url's last character has spare bits, so another
  // spelling of the same bytes would otherwise pass as a different-looking valid token.
  if (given.toString("base64url") !== encoded) return false;
  const expected = signature(articleId, expiresAtMs);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
