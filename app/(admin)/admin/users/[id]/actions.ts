"use server";

import { refresh } from "next/cache";
import { validatedAction } from "@/lib/actions";
import { changeUserRole, ZChangeUserRoleInput } from "@/lib/members/change-user-role";
import { setUserTier, ZSetUserTierInput } from "@/lib/members/set-user-tier";

// Thin adapters: each domain function checks the caller's permission itself. refresh() makes
// the page show the new state after a script-driven submit (a plain form post re-renders anyway).

export const changeUserRoleAction = validatedAction("changeUserRole", "user:manage", ZChangeUserRoleInput, async (input) => {
  const result = await changeUserRole(input);
  refresh();
  return result;
});

export const setUserTierAction = validatedAction("setUserTier", "user:manage", ZSetUserTierInput, async (input) => {
  const result = await setUserTier(input);
  refresh();
  return result;
});

// Bans, shadow bans and notes use the moderators' actions: app/(admin)/admin/comments/members/[id]/actions.ts.
