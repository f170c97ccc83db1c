import "server-only";
import { fieldErrorsFrom, type TActionResult } from "@/lib/actions";
import { requirePermissionForCookie } from "@/lib/auth/guards";
import { clientAddressFrom } from "@/lib/auth/request-address";
import { sessionCookieIn } from "@/lib/auth/session-cookie";
import { isDatabaseConnectionError, isDatabaseUnreachable } from "@/lib/db/database-health";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/http/response-status";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { logError } from "@/lib/log";
import { postCommentFor, ZPostCommentInput, type TPostedComment } from "./post-comment";

// The comment form's JSON endpoint (POST /api/articles/<id>/comments), used when the page has
// JavaScript; without it the form posts to postCommentAction. The same domain function answers
// both. Written against a plain request (headers, a body reader) rather than Next's, so that the
// route handler (app/api/articles/[id]/comments/route.ts) and the fast path that answers the same
// requests before Next's router (lib/http/fast-comment-posts.ts) share every line of it
// (docs/decisions/0027-comment-fast-path.md).

/** A comment is at most a few thousand characters; anything much larger is not a comment. */
export const MAX_COMMENT_POST_BYTES = 64 * 1024;

const ZCommentPostBody = ZPostCommentInput.omit({ articleId: true });

export type TCommentPostRequest = {
  /** From the address: /api/articles/<articleId>/comments. */
  articleId: string;
  headers: Pick<Headers, "get">;
  /** The body as text, or null when it is larger than MAX_COMMENT_POST_BYTES. Read only after the session check. */
  readBody: () => Promise<string | null>;
};

export type TCommentPostAnswer = {
  status: number;
  /** The shape server actions answer with (lib/actions.ts), so the form shows either the same way. */
  result: TActionResult<TPostedComment>;
  retryAfterSeconds?: number;
};

export async function answerCommentPost(request: TCommentPostRequest): Promise<TCommentPostAnswer> {
  // A script on another site posting with a member's cookie: refused before anything else.
  if (!isSameOriginRequest(request)) return refusal(403, "Requests from other sites are not accepted.");
  if (isDatabaseUnreachable()) return unavailable();
  try {
    const actor = await requirePermissionForCookie(sessionCookieIn(request.headers.get("cookie")), "comment:create");
    if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
      return refusal(415, "Comments are sent as JSON (Content-Type: application/json).");
    }
    const text = await request.readBody();
    if (text === null) return refusal(413, "That comment is too long to send.", { body: "That comment is too long to send." });
    const parsed = ZCommentPostBody.safeParse(parseJson(text));
    if (!parsed.success) return refusal(400, "Please correct the highlighted fields.", fieldErrorsFrom(parsed.error));
    const posted = await postCommentFor(actor, { ...parsed.data, articleId: request.articleId }, { address: clientAddressFrom(request.headers) });
    return { status: 200, result: { ok: true, data: posted } };
  } catch (error) {
    if (isAppError(error)) {
      return { ...refusal(error.status, error.publicMessage, error.fieldErrors), retryAfterSeconds: error.retryAfterSeconds ?? undefined };
    }
    if (isDatabaseConnectionError(error)) return unavailable();
    logError("posting a comment failed", error, { articleId: request.articleId });
    return refusal(500, GENERIC_ERROR_MESSAGE);
  }
}

/** Headers every answer carries: never cached, never sniffed. */
export function commentPostHeaders(answer: Pick<TCommentPostAnswer, "retryAfterSeconds">): Record<string, string> {
  return {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...(answer.retryAfterSeconds === undefined ? {} : { "retry-after": String(answer.retryAfterSeconds) }),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function refusal(status: number, message: string, fieldErrors: Record<string, string> = {}): TCommentPostAnswer {
  return { status, result: { ok: false, status, message, fieldErrors } };
}

function unavailable(): TCommentPostAnswer {
  return {
    ...refusal(503, "Comments cannot be posted for a moment. Your text is still in the form: please try again shortly."),
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  };
}
