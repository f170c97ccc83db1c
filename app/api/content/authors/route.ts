// GET /api/content/authors: authors with a public page.
import { handleContentApiRequest } from "@/lib/content-api/content-api-request";
import { listApiAuthors } from "@/lib/content-api/list-api-taxonomy";

export async function GET(request: Request): Promise<Response> {
  return handleContentApiRequest(request, "GET /api/content/authors", () => listApiAuthors());
}
