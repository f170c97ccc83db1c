// Fixed rules of the conversation that are not site settings.

/** Authors may edit a comment for this long after posting it (checked on the server). */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

/** Replies nest three levels: depth 0 (a comment), 1 and 2. See post-comment.ts for deeper replies. */
export { MAX_COMMENT_DEPTH } from "./comment-thread";

export function isWithinEditWindow(createdAt: Date | string, now: Date): boolean {
  return now.getTime() - new Date(createdAt).getTime() < COMMENT_EDIT_WINDOW_MS;
}
