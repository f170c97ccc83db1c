import type http from "node:http";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/socket-address-stamp";
import type { answerCommentPost, commentPostHeaders } from "@/lib/comments/comment-post-endpoint";
import { NON_HTML_CSP, staticSecurityHeaders } from "@/lib/security/security-headers";
import { wrapIncomingRequests } from "./wrap-incoming-requests";

// Answers the comment form's JSON posts (POST /api/articles/<id>/comments) before Next's router,
// with the very function the route handler calls (lib/comments/comment-post-endpoint.ts). Next
// spends 1.5-2 ms of CPU on any request before a handler runs (routing, proxy.ts, its request
// objects): more than the post itself, and what kept one instance far below 500 comments a
// second (docs/decisions/0027-comment-fast-path.md). The route module hands its function over
// when Next first loads it (registerCommentPostEndpoint), so the first post of a process goes
// through Next and every later one skips it; code from Next's bundle is never imported here.
// Installed by instrumentation.ts in production; COMMENT_FAST_PATH=off leaves every post to
// Next. No "server-only": instrumentation.ts imports it.

/** What the route module hands over (types only: no code from Next's bundle is imported here). */
type TRegistration = { answer: typeof answerCommentPost; headersFor: typeof commentPostHeaders; maxBytes: number };

/** The header a fast-path answer carries, for tests and for anyone reading a response. */
export const FAST_PATH_HEADER = "x-masthead-fast-path";

const REGISTRY = Symbol.for("masthead.commentPostEndpoint");
const COMMENT_POST_PATH = /^\/api\/articles\/([A-Za-z0-9_-]{1,64})\/comments$/;

/** Called by the route module when Next loads it. */
export function registerCommentPostEndpoint(registration: TRegistration): void {
  (globalThis as { [REGISTRY]?: TRegistration })[REGISTRY] = registration;
}

function registered(): TRegistration | undefined {
  return (globalThis as { [REGISTRY]?: TRegistration })[REGISTRY];
}

/** SITE_URL: the site's public address, for the security headers every response carries (next.config.ts). */
export function installFastCommentPosts(env: { SITE_URL: string; COMMENT_FAST_PATH: "on" | "off" }): void {
  if (process.env.NODE_ENV !== "production" || env.COMMENT_FAST_PATH === "off") return;
  const siteUrl = env.SITE_URL;
  const staticHeaders: Record<string, string> = { "content-security-policy": NON_HTML_CSP };
  for (const { key, value } of staticSecurityHeaders(siteUrl)) staticHeaders[key.toLowerCase()] = value;
  wrapIncomingRequests("masthead.fastCommentPostsHook", (request, response, next) => {
    if (request.method !== "POST") return next();
    const match = COMMENT_POST_PATH.exec(request.url ?? "");
    const endpoint = registered();
    if (!match || !endpoint) return next();
    void answer(endpoint, match[1]!, request, response, staticHeaders);
    return true;
  });
}

async function answer(
  endpoint: TRegistration,
  articleId: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  staticHeaders: Record<string, string>,
): Promise<void> {
  try {
    const answered = await endpoint.answer({
      articleId,
      headers: headersOf(request),
      readBody: () => readBody(request, endpoint.maxBytes),
    });
    const body = JSON.stringify(answered.result);
    response.writeHead(answered.status, {
      ...staticHeaders,
      ...endpoint.headersFor(answered),
      "content-length": String(Buffer.byteLength(body)),
      [FAST_PATH_HEADER]: "1",
    });
    response.end(body);
  } catch (error) {
    // The endpoint answers every failure itself; this is a bug or a broken socket.
    console.error("[fast-comment-posts] answering a comment post failed:", error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    response.end("Something went wrong on our side. Please try again in a moment.");
  }
  // An unread body (a refusal before it was read) is drained so the connection can be reused.
  request.resume();
}

/**
 * The request's headers as the endpoint reads them. The socket's own address stands in for the
 * stamp lib/auth/socket-address-stamp.ts would have set (this hook runs before it), whatever a
 * client sent under that name.
 */
function headersOf(request: http.IncomingMessage): Pick<Headers, "get"> {
  return {
    get(name: string): string | null {
      const key = name.toLowerCase();
      if (key === SOCKET_ADDRESS_HEADER) return request.socket?.remoteAddress ?? null;
      const value = request.headers[key];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** The body as UTF-8 text, or null past `maxBytes` (declared or sent). */
function readBody(request: http.IncomingMessage, maxBytes: number): Promise<string | null> {
  if (Number(request.headers["content-length"] ?? 0) > maxBytes) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.removeAllListeners("data");
        request.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.once("end", () => resolve(size > maxBytes ? null : Buffer.concat(chunks, size).toString("utf8")));
    request.once("error", reject);
  });
}
