import type { TFormAction } from "@/components/admin/form-feedback";
import type { TPostedComment } from "@/lib/comments/post-comment";
import type { TCommentLikeState } from "@/lib/comments/set-comment-like";

/** The server actions the thread's forms use, passed down from the page that imports them. */
export type TCommentActions = {
  postCommentAction: TFormAction<TPostedComment>;
  deleteCommentAction: TFormAction<void>;
  setCommentLikeAction: TFormAction<TCommentLikeState>;
};
