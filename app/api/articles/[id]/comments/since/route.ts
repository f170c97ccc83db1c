import { NextResponse, type NextRequest } from "next/server";
import { ZArticleId } from "@/lib/comments/comment-schemas";
import { listCommentsSince } from "@/lib/comments/list-comments-since";
import { logError } from "@/lib/log";

// Live updates for the comment thread (components/comments/live-new-comments.tsx): published
// comments after a cursor, as JSON with plain-text bodies. Public, like the thread itself; it
// never carries anyone's pending or hidden comments.

type TRouteContext = { params: Promise<{ id: string }> };

export async function GET(request: NextRequest, { params }: TRouteContext): Promise<NextResponse> {
  const parsed = ZArticleId.safeParse((await params).id);
  if (!parsed.success) return NextResponse.json({ error: "This story could not be found." }, { status: 404 });
  try {
    const result = await listCommentsSince(parsed.data, request.nextUrl.searchParams.get("after"));
    return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    logError("new comments poll failed", error, { articleId: parsed.data });
    return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
  }
}
