import { answerCommentPost, commentPostHeaders, MAX_COMMENT_POST_BYTES } from "@/lib/comments/comment-post-endpoint";
import { registerCommentPostEndpoint } from "@/lib/http/fast-comment-posts";
import { readSmallBody } from "@/lib/http/read-small-body";

// The comment form posts here when the page has JavaScript (components/comments/comment-form.tsx);
// the session, the permission, the input and the rules are all checked in answerCommentPost.
// In production, later posts skip Next's router and reach the same function through the fast
// path this module hands it to (lib/http/fast-comment-posts.ts, docs/decisions/0027).

type TRouteContext = { params: Promise<{ id: string }> };

registerCommentPostEndpoint({ answer: answerCommentPost, headersFor: commentPostHeaders, maxBytes: MAX_COMMENT_POST_BYTES });

export async function POST(request: Request, { params }: TRouteContext): Promise<Response> {
  const answer = await answerCommentPost({
    articleId: (await params).id,
    headers: request.headers,
    readBody: () => readSmallBody(request, MAX_COMMENT_POST_BYTES),
  });
  return Response.json(answer.result, { status: answer.status, headers: commentPostHeaders(answer) });
}

