import "server-only";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission } from "@/lib/auth/guards";
import { isWithinEditWindow } from "./comment-rules";
import { isAuthorControlled, loadOwnCommentOrThrow } from "./load-own-comment";

export type TOwnCommentForEdit = {
  id: string;
  body: string;
  articleSlug: string;
  /** False once the 15 minutes are over, or when a moderator has taken the comment out of the author's hands. */
  isEditable: boolean;
};

/** The edit page's comment: the actor's own (403 otherwise, through AppError), with whether it may still change. */
export async function getOwnCommentForEditFor(actor: TCurrentUser, commentId: string, now = new Date()): Promise<TOwnCommentForEdit> {
  assertPermission(actor, "comment:create");
  const comment = await loadOwnCommentOrThrow(actor, commentId);
  return {
    id: comment.id,
    body: comment.body,
    articleSlug: comment.article.slug,
    isEditable: isAuthorControlled(comment) && isWithinEditWindow(comment.createdAt, now),
  };
}
