"use server";

import { refreshingAction } from "@/lib/actions";
import { ZModerationFormInput } from "@/lib/moderation/moderation-form-input";
import { runModerationCommand } from "@/lib/moderation/run-moderation-command";
import { setArticleCommentsClosed, ZSetArticleCommentsClosedInput } from "@/lib/moderation/set-article-comments-closed";

// Thin adapters: every domain function checks the caller's permission itself. refresh() makes
// the page show the new state after a script-driven submit (a plain form post re-renders anyway).

export const moderateCommentsAction = refreshingAction("moderateComments", "comment:moderate", ZModerationFormInput, runModerationCommand);
export const setArticleCommentsClosedAction = refreshingAction("setArticleCommentsClosed", "comment:moderate", ZSetArticleCommentsClosedInput, setArticleCommentsClosed);
