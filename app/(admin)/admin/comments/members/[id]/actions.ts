"use server";

import { refresh } from "next/cache";
import { validatedAction } from "@/lib/actions";
import { addModeratorNote, ZAddModeratorNoteInput } from "@/lib/members/add-moderator-note";
import { banUser, ZBanUserInput } from "@/lib/members/ban-user";
import { shadowBanUser, ZShadowBanUserInput } from "@/lib/members/shadow-ban-user";
import { unbanUser, ZUnbanUserInput } from "@/lib/members/unban-user";
import { unshadowBanUser, ZUnshadowBanUserInput } from "@/lib/members/unshadow-ban-user";

// Sanctions and notes, used by the moderators' member page and the admins' user page. Thin
// adapters: each domain function checks the caller's permission (and whom they may sanction).

export const banMemberAction = validatedAction("banMember", "comment:moderate", ZBanUserInput, async (input) => {
  const result = await banUser(input);
  refresh();
  return result;
});

export const unbanMemberAction = validatedAction("unbanMember", "comment:moderate", ZUnbanUserInput, async (input) => {
  const result = await unbanUser(input);
  refresh();
  return result;
});

export const shadowBanMemberAction = validatedAction("shadowBanMember", "comment:moderate", ZShadowBanUserInput, async (input) => {
  const result = await shadowBanUser(input);
  refresh();
  return result;
});

export const unshadowBanMemberAction = validatedAction("unshadowBanMember", "comment:moderate", ZUnshadowBanUserInput, async (input) => {
  const result = await unshadowBanUser(input);
  refresh();
  return result;
});

export const addModeratorNoteAction = validatedAction("addModeratorNote", "comment:moderate", ZAddModeratorNoteInput, async (input) => {
  const result = await addModeratorNote(input);
  refresh();
  return result;
});
