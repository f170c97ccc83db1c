import "server-only";
import { cache } from "react";
import { sqlRows } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipTier, Role, UserStatus } from "@/lib/generated/prisma/enums";
import { isBanInForce } from "@/lib/members/ban-state";
import { decodeSessionCookie, readSessionToken, type TSessionToken } from "./session-cookie";
import { sessionMaxAgeSeconds } from "./session-lifetime";

export type TCurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  tier: MembershipTier;
  emailVerified: boolean;
};

type TSessionRow = {
  userId: string;
  expires: Date;
  id: string;
  email: string;
  name: string;
  role: Role;
  tier: MembershipTier;
  status: UserStatus;
  banReason: string | null;
  banExpiresAt: Date | null;
  tokenVersion: number;
  deletedAt: Date | null;
  emailVerified: Date | null;
};

export type TSessionState =
  | { kind: "anonymous" }
  | { kind: "banned"; reason: string }
  | { kind: "signed-in"; user: TCurrentUser };

/**
 * Who is making this request, checked against the database every time (one primary-key
 * lookup, once per request thanks to React's cache): a session that was signed out (its row is
 * gone) or has expired, whose token version is stale (password changed, signed out
 * everywhere), or whose user is banned or deleted, is void. A ban whose expiry has passed is
 * treated as lifted.
 */
export const getSessionState = cache(async (): Promise<TSessionState> => sessionStateFor(await readSessionToken()));

/** The same check for a request held raw: the value of its session cookie (lib/auth/session-cookie.ts). */
export async function sessionStateForCookie(raw: string | undefined): Promise<TSessionState> {
  return sessionStateFor(await decodeSessionCookie(raw));
}

async function sessionStateFor(token: TSessionToken | null): Promise<TSessionState> {
  if (!token) return { kind: "anonymous" };
  // One primary-key lookup: the Session row with its user, as one plain statement. Every
  // signed-in request makes it, so it goes straight to the driver (lib/db/sql.ts).
  const rows = await sqlRows<TSessionRow>(Prisma.sql`
    SELECT s."userId", s."expires",
           u."id", u."email", u."name", u."role"::text AS "role", u."tier"::text AS "tier", u."status"::text AS "status",
           u."banReason", u."banExpiresAt", u."tokenVersion", u."deletedAt", u."emailVerified"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."sessionToken" = ${token.sid}`);
  const user = rows[0];
  if (!user || user.userId !== token.sub || !isSessionLive(user.expires, user.role)) return { kind: "anonymous" };
  if (user.deletedAt || user.tokenVersion !== token.tv) return { kind: "anonymous" };
  // A ban past its expiry no longer counts; nothing rewrites the row (lib/members/ban-state.ts).
  if (isBanInForce(user)) return { kind: "banned", reason: user.banReason ?? "No reason was given." };
  return {
    kind: "signed-in",
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      tier: user.tier,
      emailVerified: user.emailVerified !== null,
    },
  };
}

export async function getCurrentUser(): Promise<TCurrentUser | null> {
  const state = await getSessionState();
  return state.kind === "signed-in" ? state.user : null;
}

/**
 * A session ends at its row's expiry; a member promoted to staff keeps a member-length row, so
 * a row expiring later than a staff session could is void for staff (they sign in again).
 */
function isSessionLive(expires: Date, role: TCurrentUser["role"]): boolean {
  const now = Date.now();
  return expires.getTime() > now && expires.getTime() <= now + sessionMaxAgeSeconds(role) * 1000;
}
