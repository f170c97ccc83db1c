import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { setSessionCookie } from "./session-cookie";
import { sessionMaxAgeSeconds } from "./session-lifetime";

/**
 * Signs this browser in: one Session row (what sign-out deletes) and the cookie naming it.
 * The row's expiry follows the role (staff sessions are shorter, lib/auth/session-lifetime.ts).
 * The user's expired rows are swept here, so the table holds live sessions only.
 */
export async function startSession(user: { id: string; tokenVersion: number; role: Role }): Promise<void> {
  const maxAge = sessionMaxAgeSeconds(user.role);
  const sessionToken = randomBytes(24).toString("base64url");
  const now = new Date();
  await db.$transaction([
    db.session.deleteMany({ where: { userId: user.id, expires: { lt: now } } }),
    db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(now.getTime() + maxAge * 1000) } }),
  ]);
  await setSessionCookie({ sub: user.id, tv: user.tokenVersion, sid: sessionToken }, maxAge);
}
