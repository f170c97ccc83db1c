import "server-only";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

/**
 * The person a command-line script acts as (`--as email`), or null when there is no such active
 * account. Scripts have no session: the permission checks then run on this person's role, as
 * they would in the newsroom.
 */
export async function findStaffActor(email: string): Promise<TCurrentUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, tier: true, status: true, deletedAt: true, emailVerified: true },
  });
  if (!user || user.deletedAt || user.status !== "ACTIVE") return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, tier: user.tier, emailVerified: user.emailVerified !== null };
}
