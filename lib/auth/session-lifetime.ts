import type { Role } from "@/lib/generated/prisma/enums";

// How long a sign-in lasts. Staff sessions open the newsroom (publishing, bans, the audit log),
// so a stolen staff cookie is worth more and lives shorter. No "server-only" marker: the
// Playwright sign-in helper mints sessions with the same lifetimes.

export const MEMBER_SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const STAFF_SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function isStaffRole(role: Role): boolean {
  return role !== "MEMBER";
}

export function sessionMaxAgeSeconds(role: Role): number {
  return isStaffRole(role) ? STAFF_SESSION_MAX_AGE_SECONDS : MEMBER_SESSION_MAX_AGE_SECONDS;
}
