/**
 * A fresh random key for a comment form (lib/comments/comment-schemas.ts ZClientToken): 32 hex
 * characters. getRandomValues works on plain http too, where randomUUID is missing.
 */
export function newClientToken(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
