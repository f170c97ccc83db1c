import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

// The one-click unsubscribe link in reply notifications: <userId>.<HMAC-SHA256 over the user id
// with the site secret>. Nothing is stored and it does not expire: an unsubscribe link in an old
// email must keep working. It can only switch reply emails off, so a forwarded email gives its
// reader nothing more than that.

const TOKEN_SHAPE = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

function signature(userId: string): Buffer {
  // The purpose prefix keeps these signatures from matching any other use of the secret.
  return createHmac("sha256", authSecret()).update(`masthead-unsubscribe-reply-emails\n${userId}`).digest();
}

export function createReplyUnsubscribeToken(userId: string): string {
  return `${userId}.${signature(userId).toString("base64url")}`;
}

/** The user the token was made for, or null when it is not one of ours. Constant-time comparison. */
export function verifyReplyUnsubscribeToken(token: string | null | undefined): string | null {
  if (!token) return null;
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return null;
  const userId = match[1] ?? "";
  const encoded = match[2] ?? "";
  const given = Buffer.from(encoded, "base64url");
  // Only the canonical spelling (base64url's last character has spare bits).
  if (given.toString("base64url") !== encoded) return null;
  const expected = signature(userId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
