"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions";
import { commentPermalink } from "@/lib/comments/comment-paths";
import { deleteOwnComment, ZDeleteOwnCommentInput } from "@/lib/comments/delete-own-comment";
import { editComment, ZEditCommentInput } from "@/lib/comments/edit-comment";
import { postComment, ZPostCommentInput } from "@/lib/comments/post-comment";
import { reportComment, ZReportCommentInput } from "@/lib/comments/report-comment";
import { setCommentLike, ZSetCommentLikeInput } from "@/lib/comments/set-comment-like";

// Thin adapters for the conversation's forms: each domain function checks the session, the
// permission and ownership itself (lib/comments/), and expires the reader caches it changed.

// No refresh(): the answer is the result alone, and the form reloads the thread when it has it
// (a post costs a few queries, not a page render; docs/decisions/0012).
export const postCommentAction = validatedAction("postComment", "comment:create", ZPostCommentInput, postComment);

export const editCommentAction = validatedAction("editComment", "comment:create", ZEditCommentInput, async (input): Promise<void> => {
  const edited = await editComment(input);
  redirect(`${commentPermalink(edited.articleSlug, edited.id)}#comment-${edited.id}`);
});

export const deleteCommentAction = validatedAction("deleteComment", "comment:create", ZDeleteOwnCommentInput, async (input) => {
  await deleteOwnComment(input);
  refresh();
});

export const setCommentLikeAction = validatedAction("setCommentLike", "comment:create", ZSetCommentLikeInput, async (input) => {
  const state = await setCommentLike(input);
  refresh();
  return state;
});

export const reportCommentAction = validatedAction("reportComment", "comment:create", ZReportCommentInput, async (input) => {
  return reportComment(input);
});
