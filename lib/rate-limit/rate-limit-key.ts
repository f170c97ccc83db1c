import { createHash } from "node:crypto";

/**
 * The RateLimit row for one scope and subject ("sign-in:account" + an email). The subject is
 * hashed so the table holds no emails or addresses, only counters.
 */
export function rateLimitKey(scope: string, subject: string): string {
  const digest = createHash("sha256").update(subject).digest("base64url").slice(0, 32);
  return `${scope}:${digest}`;
}
