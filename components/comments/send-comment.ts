import type { TActionResult } from "@/lib/actions";
import type { TPostedComment } from "@/lib/comments/post-comment";

// The comment form's post when the page has JavaScript: JSON to the comment endpoint
// (app/api/articles/[id]/comments/route.ts), which answers in the shape a server action does,
// so the form shows either answer the same way. Cheaper for the server than the action
// (docs/decisions/0027-comment-fast-path.md); without JavaScript the form posts to the action.

const UNSENT_MESSAGE = "Your comment could not be sent. Check your connection and try again: your text is still here.";
const UNREADABLE_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

export type TCommentFields = { parentId: string; clientToken: string; body: string; website: string };

export async function sendComment(articleId: string, fields: TCommentFields): Promise<TActionResult<TPostedComment>> {
  let response: Response;
  try {
    response = await fetch(`/api/articles/${encodeURIComponent(articleId)}/comments`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(fields),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, message: UNSENT_MESSAGE, fieldErrors: {} };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (isActionResult(answer)) return answer;
  return { ok: false, status: response.status, message: UNREADABLE_MESSAGE, fieldErrors: {} };
}

function isActionResult(value: unknown): value is TActionResult<TPostedComment> {
  if (typeof value !== "object" || value === null || !("ok" in value)) return false;
  return value.ok === true ? "data" in value : "message" in value && "fieldErrors" in value;
}
