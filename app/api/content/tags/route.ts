// GET /api/content/tags: every tag.
import { handleContentApiRequest } from "@/lib/content-api/content-api-request";
import { listApiTags } from "@/lib/content-api/list-api-taxonomy";

export async function GET(request: Request): Promise<Response> {
  return handleContentApiRequest(request, "GET /api/content/tags", () => listApiTags());
}
