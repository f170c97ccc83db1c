// The content API's OpenAPI description: public (it describes, it gives nothing away).
export const dynamic = "force-dynamic";
import { buildOpenApiDocument } from "@/lib/content-api/openapi-document";
import { serverEnv } from "@/lib/env";

export async function GET(): Promise<Response> {
  return Response.json(buildOpenApiDocument(serverEnv().SITE_URL), { headers: { "Cache-Control": "public, max-age=300" } });
}
