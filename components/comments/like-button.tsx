"use client";

import { useActionState } from "react";
import type { TFormAction } from "@/components/admin/form-feedback";
import { InlineActionError } from "./inline-action-error";
import type { TCommentLikeState } from "@/lib/comments/set-comment-like";
import { likeCountText } from "./like-count-text";

type TLikeButtonProps = {
  action: TFormAction<TCommentLikeState>;
  commentId: string;
  authorName: string;
  isLiked: boolean;
  likeCount: number;
};

/**
 * Like or unlike. The form says which of the two it wants, so pressing twice before the page
 * updates cannot undo the first press. The button is a toggle (aria-pressed).
 */
export function LikeButton({ action, commentId, authorName, isLiked, likeCount }: TLikeButtonProps) {
  const [result, formAction, isPending] = useActionState(action, null);
  // The newest answer from the server wins over the page's props until the page catches up.
  const shown = result?.ok ? result.data : { liked: isLiked, likeCount };
  return (
    <form action={formAction} className="comment-action comment-action--like">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="like" value={shown.liked ? "0" : "1"} />
      <button
        type="submit"
        className="link-button"
        aria-pressed={shown.liked}
        disabled={isPending}
        aria-label={`${shown.liked ? "Liked" : "Like"} the comment by ${authorName}, ${likeCountText(shown.likeCount)}`}
      >
        {shown.liked ? "Liked" : "Like"}
        {shown.likeCount > 0 ? ` · ${shown.likeCount}` : ""}
      </button>
      <InlineActionError result={result} />
    </form>
  );
}
