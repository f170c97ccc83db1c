// Whether a ban holds right now. A ban with an expiry stops counting once the time has passed:
// nothing rewrites the row when it does (no job, no write on a read path); every check asks
// here instead, and the record (status BANNED, reason, expiry) stays until a moderator bans
// again or lifts it. Client-safe: pages use it to label people.

export type TBanFields = { status: "ACTIVE" | "BANNED"; banExpiresAt: Date | string | null };

export function isBanInForce(user: TBanFields, now: Date = new Date()): boolean {
  if (user.status !== "BANNED") return false;
  if (user.banExpiresAt === null) return true;
  return new Date(user.banExpiresAt).getTime() > now.getTime();
}
