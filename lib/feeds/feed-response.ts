import "server-only";
import { createHash } from "node:crypto";
import { logError } from "@/lib/log";
import { FEED_CONTENT_TYPES } from "./feed-paths";
import type { TFeed, TFeedFormat, TFeedScope } from "./feed-types";
import { getFeed } from "./get-feed";
import { renderAtom } from "./render-atom";
import { renderJsonFeed } from "./render-json-feed";
import { renderRss } from "./render-rss";

const RENDERERS: Record<TFeedFormat, (feed: TFeed) => string> = { rss: renderRss, atom: renderAtom, json: renderJsonFeed };

// Feed readers poll; five minutes of HTTP caching spares the server, and the data behind the
// feed is expired by tag the moment a story is published (lib/articles/revalidate-article.ts).
const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";

function plainText(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra },
  });
}

/**
 * A route handler's whole answer for one feed: the feed in `format`, 404 for an unknown topic
 * or author, 304 when the reader already has this exact feed (ETag), 503 if it cannot be built.
 */
export async function feedResponse(request: Request, scope: TFeedScope, format: TFeedFormat): Promise<Response> {
  let feed: TFeed | null;
  try {
    feed = await getFeed(scope);
  } catch (error) {
    logError("feed: could not build", error, { scope, format });
    return plainText(503, "This feed is unavailable right now. Please try again in a few minutes.", { "Retry-After": "120" });
  }
  if (!feed) return plainText(404, "There is no such feed.");

  const body = RENDERERS[format](feed);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  const headers = {
    "Content-Type": FEED_CONTENT_TYPES[format],
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  const known = request.headers.get("if-none-match");
  if (known && known.split(",").some((tag) => tag.trim() === etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
