import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { MembershipTier, Role, User, UserStatus } from "@/lib/generated/prisma/client";
import { uniqueSuffix } from "./unique";

export const DEFAULT_TEST_PASSWORD = "correct-horse-battery-staple";

export type TUserOverrides = Partial<{
  email: string;
  name: string;
  /** Staff default to a unique handle, members to none. */
  handle: string | null;
  bio: string;
  image: string | null;
  role: Role;
  tier: MembershipTier;
  status: UserStatus;
  banReason: string | null;
  /** Plain password to hash; `null` makes a user who cannot sign in with a password. */
  password: string | null;
  /** A ready hash, so callers creating many users with one password hash it once. */
  passwordHash: string | null;
  /** Verified by default: most tests are about what a signed-up reader does next. */
  emailVerified: Date | null;
  createdAt: Date;
}>;

// argon2 is slow on purpose, and most tests use the default password: hash each distinct
// password once per process. Sharing a salt between throwaway test users costs nothing.
const hashesByPassword = new Map<string, Promise<string>>();

function hashOnce(password: string): Promise<string> {
  let hashed = hashesByPassword.get(password);
  if (!hashed) {
    hashed = hashPassword(password);
    hashesByPassword.set(password, hashed);
  }
  return hashed;
}

async function resolvePasswordHash(overrides: TUserOverrides): Promise<string | null> {
  if (overrides.passwordHash !== undefined) return overrides.passwordHash;
  if (overrides.password === null) return null;
  return hashOnce(overrides.password ?? DEFAULT_TEST_PASSWORD);
}

function isStaff(role: Role): boolean {
  return role !== "MEMBER";
}

export async function createUser(overrides: TUserOverrides = {}): Promise<User> {
  const suffix = uniqueSuffix();
  const role = overrides.role ?? "MEMBER";
  const handle = overrides.handle !== undefined ? overrides.handle : isStaff(role) ? `writer-${suffix}` : null;
  return db.user.create({
    data: {
      email: (overrides.email ?? `reader-${suffix}@masthead.test`).toLowerCase(),
      name: overrides.name ?? `Test ${role.toLowerCase()} ${suffix}`,
      handle,
      bio: overrides.bio ?? "",
      image: overrides.image ?? null,
      role,
      tier: overrides.tier ?? "FREE",
      status: overrides.status ?? "ACTIVE",
      banReason: overrides.banReason ?? null,
      passwordHash: await resolvePasswordHash(overrides),
      emailVerified: overrides.emailVerified !== undefined ? overrides.emailVerified : new Date(),
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
  });
}
