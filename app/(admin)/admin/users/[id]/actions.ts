"use server";

import { refreshingAction } from "@/lib/actions";
import { changeUserRole, ZChangeUserRoleInput } from "@/lib/members/change-user-role";
import { inviteStaffMember, ZInviteStaffMemberInput } from "@/lib/members/invite-staff-member";
import { setUserTier, ZSetUserTierInput } from "@/lib/members/set-user-tier";

// Thin adapters: each domain function checks the caller's permission itself; refreshingAction makes
// the page show the new state after a script-driven submit (a plain form post re-renders anyway).

export const changeUserRoleAction = refreshingAction("changeUserRole", "user:manage", ZChangeUserRoleInput, changeUserRole);
export const inviteStaffMemberAction = refreshingAction("inviteStaffMember", "user:manage", ZInviteStaffMemberInput, inviteStaffMember);
export const setUserTierAction = refreshingAction("setUserTier", "user:manage", ZSetUserTierInput, setUserTier);

// Bans, shadow bans and notes use the moderators' actions: app/(admin)/admin/comments/members/[id]/actions.ts.
