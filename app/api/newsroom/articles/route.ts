// POST /api/newsroom/articles: create or update one article from JSON, for tools that write to
// the newsroom (a wire feed, another CMS). The same document and rules as the import script
// (lib/articles/write/import-articles.ts); its revisions say source "api". Authenticated by the
// newsroom session cookie and checked through the guards like any action.
import { revalidateArticle } from "@/lib/articles/revalidate-article";
import { importArticleFor } from "@/lib/articles/write/import-articles";
import { requirePermission } from "@/lib/auth/guards";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import { logError } from "@/lib/log";

const NO_STORE = { "Cache-Control": "no-store" };
const MAX_BODY_BYTES = 2 * 1024 * 1024;

function jsonError(status: number, error: string, fieldErrors: Record<string, string> = {}): Response {
  return Response.json({ error, fieldErrors }, { status, headers: NO_STORE });
}

/**
 * The session is a cookie, so a page on another site must not be able to post here with it.
 * JSON is required (a cross-site form cannot send it without a CORS preflight, which we never
 * grant), and a browser's Origin, when sent, must be this site.
 */
function refuseCrossSite(request: Request): Response | null {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(contentType)) return jsonError(415, "Send the article as JSON (Content-Type: application/json).");
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) return jsonError(403, "Requests from other sites are not accepted.");
  }
  return null;
}

export async function POST(request: Request): Promise<Response> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  try {
    const actor = await requirePermission("article:write-own");
    if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) return jsonError(413, "The article is too large to import in one request.");
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return jsonError(413, "The article is too large to import in one request.");
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      return jsonError(400, "The request body is not valid JSON.");
    }
    const { cacheScope, ...outcome } = await importArticleFor(actor, document, "api");
    if (cacheScope) await revalidateArticle(cacheScope);
    return Response.json(outcome, { status: outcome.status === "created" ? 201 : 200, headers: NO_STORE });
  } catch (error) {
    if (isAppError(error)) return jsonError(error.status, error.publicMessage, error.fieldErrors);
    logError("article API write failed", error, { route: "POST /api/newsroom/articles" });
    return jsonError(500, GENERIC_ERROR_MESSAGE);
  }
}
