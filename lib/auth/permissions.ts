// The permission matrix: which role may do what. docs/permissions.md is the readable copy;
// tests/unit/permissions.test.ts checks every cell through the guards.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["ADMIN", "EDITOR", "AUTHOR", "MEMBER"] as const satisfies readonly Role[];

export const PERMISSIONS = {
  /** Read and post comments, edit own profile. */
  "comment:create": ["ADMIN", "EDITOR", "AUTHOR", "MEMBER"],
  "profile:edit-own": ["ADMIN", "EDITOR", "AUTHOR", "MEMBER"],
  /** Newsroom: write drafts and submit them for review. */
  "admin:access": ["ADMIN", "EDITOR", "AUTHOR"],
  "article:write-own": ["ADMIN", "EDITOR", "AUTHOR"],
  /** Edit anyone's article, publish, schedule, unpublish, archive. */
  "article:edit-any": ["ADMIN", "EDITOR"],
  "article:publish": ["ADMIN", "EDITOR"],
  /** Moderation queue, hide/approve comments, close threads. */
  "comment:moderate": ["ADMIN", "EDITOR"],
  /** People: list users, change roles, grant VIP, ban. */
  "user:manage": ["ADMIN"],
  "mailbox:read": ["ADMIN"],
  "audit:read": ["ADMIN"],
  /** Site settings: comment rules (word lists, holds, flood limits), default policy, auto-close. */
  "settings:manage": ["ADMIN"],
  "article:delete": ["ADMIN"],
  /** Analytics of every story (authors see their own stories' figures through article:write-own). */
  "analytics:read-all": ["ADMIN", "EDITOR"],
  /** Content API keys and webhooks. */
  "integrations:manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type TPermission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: TPermission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
