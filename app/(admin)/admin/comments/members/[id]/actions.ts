"use server";

import { refreshingAction } from "@/lib/actions";
import { addModeratorNote, ZAddModeratorNoteInput } from "@/lib/members/add-moderator-note";
import { banUser, ZBanUserInput } from "@/lib/members/ban-user";
import { shadowBanUser, ZShadowBanUserInput } from "@/lib/members/shadow-ban-user";
import { unbanUser, ZUnbanUserInput } from "@/lib/members/unban-user";
import { unshadowBanUser, ZUnshadowBanUserInput } from "@/lib/members/unshadow-ban-user";

// Sanctions and notes, used by the moderators' member page and the admins' user page. Thin
// adapters: each domain function checks the caller's permission (and whom they may sanction).

export const banMemberAction = refreshingAction("banMember", "comment:moderate", ZBanUserInput, banUser);
export const unbanMemberAction = refreshingAction("unbanMember", "comment:moderate", ZUnbanUserInput, unbanUser);
export const shadowBanMemberAction = refreshingAction("shadowBanMember", "comment:moderate", ZShadowBanUserInput, shadowBanUser);
export const unshadowBanMemberAction = refreshingAction("unshadowBanMember", "comment:moderate", ZUnshadowBanUserInput, unshadowBanUser);
export const addModeratorNoteAction = refreshingAction("addModeratorNote", "comment:moderate", ZAddModeratorNoteInput, addModeratorNote);
