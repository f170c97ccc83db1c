import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { getSessionState } from "./current-user";
import { clearSessionCookie, readSessionToken } from "./session-cookie";

/**
 * Ends this browser's session on the server (its Session row goes, so a copy of the cookie
 * opens nothing) and clears the cookie. Other devices stay signed in.
 */
export async function signOut(): Promise<void> {
  const token = await readSessionToken();
  if (token) await db.session.deleteMany({ where: { sessionToken: token.sid, userId: token.sub } });
  await clearSessionCookie();
}

/**
 * "Sign out everywhere": every session of the signed-in person ends, this one included. From
 * anyone else (anonymous, a void or banned session) it only clears this browser's cookie.
 */
export async function signOutEverywhere(): Promise<void> {
  const state = await getSessionState();
  if (state.kind !== "signed-in") return clearSessionCookie();
  const { user } = state;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { tokenVersion: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAuditEvent(tx, { actorId: user.id, action: "user.signed_out_everywhere", targetType: "User", targetId: user.id });
  });
  await clearSessionCookie();
}
