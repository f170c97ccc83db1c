// GET /api/content/articles: published stories, newest first (docs: /api/content/openapi.json).
import { ZArticleListQuery } from "@/lib/content-api/content-api-schemas";
import { handleContentApiRequest, parseApiQuery } from "@/lib/content-api/content-api-request";
import { listApiArticles } from "@/lib/content-api/list-api-articles";

export async function GET(request: Request): Promise<Response> {
  return handleContentApiRequest(request, "GET /api/content/articles", async (url) => {
    const query = parseApiQuery(ZArticleListQuery, url);
    return query.ok ? listApiArticles(query.data) : query.response;
  });
}
