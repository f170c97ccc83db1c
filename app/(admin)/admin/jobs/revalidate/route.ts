import { expireCacheTags } from "@/lib/articles/expire-cache-tags";
import { z } from "zod";
import {
  isValidRevalidationSignature,
  REVALIDATION_MAX_AGE_MS,
  REVALIDATION_SIGNATURE_HEADER,
  REVALIDATION_TAG,
} from "@/lib/jobs/revalidation-signature";

// Called only by this server's own code that runs outside a request (lib/jobs/request-revalidation.ts), which signs
// the body with the site secret; anyone else gets 404, as if there were nothing here.

const ZRevalidationBody = z.object({
  tags: z.array(z.string().regex(REVALIDATION_TAG)).min(1).max(200),
  at: z.number().int(),
});

export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (body.length > 50_000 || !isValidRevalidationSignature(body, request.headers.get(REVALIDATION_SIGNATURE_HEADER))) {
    return new Response(null, { status: 404 });
  }
  const parsed = ZRevalidationBody.safeParse(JSON.parse(body));
  if (!parsed.success || Math.abs(Date.now() - parsed.data.at) > REVALIDATION_MAX_AGE_MS) return new Response(null, { status: 400 });
  // Expire at once: an unpublished story must not be served again, a published one is due now.
  await expireCacheTags(parsed.data.tags);
  return new Response(null, { status: 204 });
}
