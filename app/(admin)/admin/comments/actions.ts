"use server";

import { refresh } from "next/cache";
import { validatedAction } from "@/lib/actions";
import { ZModerationFormInput } from "@/lib/moderation/moderation-form-input";
import { runModerationCommand } from "@/lib/moderation/run-moderation-command";
import { setArticleCommentsClosed, ZSetArticleCommentsClosedInput } from "@/lib/moderation/set-article-comments-closed";

// Thin adapters: every domain function checks the caller's permission itself. refresh() makes
// the page show the new state after a script-driven submit (a plain form post re-renders anyway).

export const moderateCommentsAction = validatedAction("moderateComments", "comment:moderate", ZModerationFormInput, async (command) => {
  const outcome = await runModerationCommand(command);
  refresh();
  return outcome;
});

export const setArticleCommentsClosedAction = validatedAction("setArticleCommentsClosed", "comment:moderate", ZSetArticleCommentsClosedInput, async (input) => {
  const result = await setArticleCommentsClosed(input);
  refresh();
  return result;
});
