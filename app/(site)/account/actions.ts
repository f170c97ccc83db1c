"use server";

import { redirect } from "next/navigation";
import { refreshingAction, validatedAction, withoutResult } from "@/lib/actions";
import { changePassword, ZChangePasswordInput } from "@/lib/members/change-password";
import { deleteAccount, ZDeleteAccountInput } from "@/lib/members/delete-account";
import { updateProfile, ZUpdateProfileInput } from "@/lib/members/update-profile";
import { setReplyEmails, ZReplyEmailsInput } from "@/lib/comments/reply-email-preference";

// Thin adapters: each domain function takes the person from the session and checks it itself.

export const updateProfileAction = refreshingAction("updateProfile", "profile:edit-own", ZUpdateProfileInput, withoutResult(updateProfile));

export const changePasswordAction = validatedAction("changePassword", "profile:edit-own", ZChangePasswordInput, async (input) => {
  await changePassword(input);
});

export const deleteAccountAction = validatedAction("deleteAccount", "profile:edit-own", ZDeleteAccountInput, async (input): Promise<void> => {
  await deleteAccount(input);
  redirect("/");
});

export const updateReplyEmailsAction = refreshingAction("updateReplyEmails", "profile:edit-own", ZReplyEmailsInput, withoutResult(setReplyEmails));
