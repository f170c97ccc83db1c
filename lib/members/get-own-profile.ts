import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { MembershipTier, Role } from "@/lib/generated/prisma/client";

export type TOwnProfile = {
  email: string;
  name: string;
  bio: string;
  role: Role;
  tier: MembershipTier;
  /** False for accounts made without one (they confirm a deletion with their email instead). */
  hasPassword: boolean;
};

/** What the account page shows the signed-in person about themselves. */
export async function getOwnProfile(): Promise<TOwnProfile> {
  return getOwnProfileFor(await requirePermission("profile:edit-own"));
}

export async function getOwnProfileFor(actor: TCurrentUser): Promise<TOwnProfile> {
  assertPermission(actor, "profile:edit-own");
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, name: true, bio: true, role: true, tier: true, passwordHash: true },
  });
  const { passwordHash, ...profile } = user;
  return { ...profile, hasPassword: passwordHash !== null };
}
