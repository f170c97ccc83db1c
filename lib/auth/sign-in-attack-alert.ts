import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { consumeRateLimit, type TRateLimitRule } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitKey } from "@/lib/rate-limit/rate-limit-key";
import { isStaffRole } from "./session-lifetime";

// Sign-in throttling is per account and source, so guesses spread over many addresses are
// slowed per address but never lock the owner out. What such a spread attack on a newsroom
// account does trigger is this alert: an audit-log row admins read at /admin/audit.

/** Failed sign-ins at one account, from any source, that count as a sustained attack. */
export const SIGN_IN_ATTACK_ALERT: TRateLimitRule = { limit: 20, windowSeconds: 60 * 60 };

export const SIGN_IN_ATTACK_ACTION = "user.sign_in_under_attack";

/**
 * Counts one failed sign-in for the email typed (known or not: the same work either way, so
 * timing tells nothing). When a staff account reaches the alert threshold in the window,
 * writes one audit event (once per window: at exactly the limit).
 */
export async function noteFailedSignIn(email: string, user: { id: string; role: Role } | null): Promise<void> {
  const counted = await consumeRateLimit(rateLimitKey("sign-in:attack", email), SIGN_IN_ATTACK_ALERT);
  if (!user || !isStaffRole(user.role) || counted.hits !== SIGN_IN_ATTACK_ALERT.limit) return;
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actorId: null,
      action: SIGN_IN_ATTACK_ACTION,
      targetType: "User",
      targetId: user.id,
      detail: { failedSignIns: counted.hits, withinMinutes: SIGN_IN_ATTACK_ALERT.windowSeconds / 60 },
    }),
  );
}
