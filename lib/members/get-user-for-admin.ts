import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { MembershipTier, Role, UserStatus } from "@/lib/generated/prisma/client";
import { ZUserId } from "./member-schemas";

export type TUserForAdmin = {
  id: string;
  name: string;
  email: string;
  handle: string | null;
  role: Role;
  tier: MembershipTier;
  status: UserStatus;
  banReason: string | null;
  /** ISO 8601 dates, or null. */
  bannedAt: string | null;
  deletedAt: string | null;
  emailVerified: boolean;
  /** False for accounts made without one (imported authors): an admin can invite them. */
  hasPassword: boolean;
  createdAt: string;
  commentCount: number;
};

/** One person as the user-management page shows them, or null when there is no such user. */
export async function getUserForAdmin(userId: string): Promise<TUserForAdmin | null> {
  return getUserForAdminFor(await requirePermission("user:manage"), userId);
}

export async function getUserForAdminFor(actor: TCurrentUser, userId: string): Promise<TUserForAdmin | null> {
  assertPermission(actor, "user:manage");
  // An id from the URL that we could not have made is simply not found.
  const id = ZUserId.safeParse(userId);
  if (!id.success) return null;
  const user = await db.user.findUnique({
    where: { id: id.data },
    select: {
      id: true,
      name: true,
      email: true,
      handle: true,
      role: true,
      tier: true,
      status: true,
      banReason: true,
      bannedAt: true,
      deletedAt: true,
      emailVerified: true,
      passwordHash: true,
      createdAt: true,
      _count: { select: { comments: true } },
    },
  });
  if (!user) return null;
  const { _count, bannedAt, deletedAt, emailVerified, passwordHash, createdAt, ...rest } = user;
  return {
    ...rest,
    bannedAt: bannedAt?.toISOString() ?? null,
    deletedAt: deletedAt?.toISOString() ?? null,
    emailVerified: emailVerified !== null,
    hasPassword: passwordHash !== null,
    createdAt: createdAt.toISOString(),
    commentCount: _count.comments,
  };
}
