import type { MembershipTier, Role, UserStatus } from "@/lib/generated/prisma/enums";

// Words for the enums, shared by the admin list, the user page and the account page.

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin",
  EDITOR: "Editor",
  AUTHOR: "Author",
  MEMBER: "Member",
};

export const TIER_LABELS: Record<MembershipTier, string> = {
  FREE: "Free",
  VIP: "VIP",
};

export function statusLabel(status: UserStatus, isDeleted: boolean): string {
  if (isDeleted) return "Deleted";
  return status === "BANNED" ? "Banned" : "Active";
}
