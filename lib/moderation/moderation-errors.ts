import "server-only";
import { AppError } from "@/lib/errors";

export function commentChangedError(commentId: string): AppError {
  return new AppError(
    "CONFLICT",
    "A comment was changed by someone else since you loaded this page, so nothing was done. Reload the page to see it as it is now.",
    { message: `moderation of comment ${commentId} found it in another state` },
  );
}

export function commentNotFoundError(commentId: string): AppError {
  return new AppError("NOT_FOUND", "That comment no longer exists. Reload the page.", { message: `no comment ${commentId}` });
}

export function staleUndoError(commentId: string): AppError {
  return new AppError(
    "CONFLICT",
    "This can no longer be undone: the comment was changed again after your action. Reload the page to see it as it is now.",
    { message: `stale undo for comment ${commentId}` },
  );
}
