import type { TCurrentUser } from "@/lib/auth/current-user";
import type { Role, User } from "@/lib/generated/prisma/client";

/**
 * The signed-in user as the guards see it (lib/auth/current-user.ts), for calling a lib function
 * as `user`. `role` lets the session claim another role than the row, e.g. an ADMIN session
 * over an EDITOR row (tests/integration/moderation-helpers.ts says why).
 */
export function actorFor(user: User, role: Role = user.role): TCurrentUser {
  return { id: user.id, email: user.email, name: user.name, role, tier: user.tier, emailVerified: true };
}
