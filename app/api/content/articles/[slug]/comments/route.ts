// GET /api/content/articles/:slug/comments: a published story's published comments.
import { ZCommentListQuery } from "@/lib/content-api/content-api-schemas";
import { handleContentApiRequest, parseApiQuery } from "@/lib/content-api/content-api-request";
import { listApiComments } from "@/lib/content-api/list-api-comments";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return handleContentApiRequest(request, "GET /api/content/articles/:slug/comments", async (url) => {
    const query = parseApiQuery(ZCommentListQuery, url);
    return query.ok ? listApiComments(slug, query.data) : query.response;
  });
}
