// GET /api/content/articles/:slug: one published story, body as document and HTML.
import { getApiArticle } from "@/lib/content-api/get-api-article";
import { handleContentApiRequest } from "@/lib/content-api/content-api-request";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return handleContentApiRequest(request, "GET /api/content/articles/:slug", async () => {
    const article = await getApiArticle(slug);
    return article ? { data: article } : null;
  });
}
