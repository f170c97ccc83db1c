import { NextResponse, type NextRequest } from "next/server";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { chooseCspKind } from "@/lib/security/csp-choice";
import { isMalformedAddress, MALFORMED_ADDRESS_PAGE } from "@/lib/security/malformed-address";
import { contentSecurityPolicy, NON_HTML_CSP } from "@/lib/security/security-headers";
import { isSearchQuery, searchLimitWait, tooManySearchesPage } from "@/lib/search/search-rate-limit";
import { isDatabaseUnreachable } from "@/lib/db/database-health";
import { probeDatabaseWhileDown } from "@/lib/db/probe-database";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/http/response-status";
import { DATABASE_UNAVAILABLE_PAGE } from "@/lib/http/unavailable-page";

// Sets each response's Content-Security-Policy (docs/decisions/0016-security-headers.md). Pages
// rendered per request get a fresh nonce, which Next reads from the request's CSP header and
// puts on every script it writes; cached reader pages get a policy without one. The other
// security headers are static (next.config.ts). Not an authorization boundary: nothing here
// decides who may see what.

const isDevelopment = process.env.NODE_ENV === "development";
const isHttps = (process.env.SITE_URL ?? "").startsWith("https://");

const CROSS_SITE_POSTS = new Set(["/unsubscribe/one-click"]);

export async function proxy(request: NextRequest): Promise<NextResponse> {
  // %ff, a cut-off escape or a NUL would reach PostgreSQL and end in a 500: refuse them first.
  if (isMalformedAddress(request.nextUrl.pathname, request.nextUrl.search)) {
    const response = new NextResponse(MALFORMED_ADDRESS_PAGE, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
    return withCsp(response, contentSecurityPolicy({ nonce: null, isDevelopment, isHttps }));
  }
  // A form or server action posted from another site (Next answers a cross-site action with a
  // 500): refused here with 403. The one-click unsubscribe is posted by mail providers (RFC 8058).
  if (request.method === "POST" && !CROSS_SITE_POSTS.has(request.nextUrl.pathname) && !isSameOriginRequest(request)) {
    return withCsp(new NextResponse("Requests from other sites are not accepted.", { status: 403 }), NON_HTML_CSP);
  }
  const cookieNames = request.cookies.getAll().map((cookie) => cookie.name);
  // Searches are limited per client address here, before the page cache: a cached search stays
  // as cheap as any cached page (lib/search/search-rate-limit.ts).
  if ((request.method === "GET" || request.method === "HEAD") && isSearchQuery(request.nextUrl)) {
    const wait = await searchLimitWait({ url: request.nextUrl, headers: request.headers, cookieNames });
    if (wait !== null) {
      const response = new NextResponse(tooManySearchesPage(wait), {
        status: 429,
        headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(wait), "Cache-Control": "no-store" },
      });
      return withCsp(response, contentSecurityPolicy({ nonce: null, isDevelopment, isHttps }));
    }
  }
  const kind = chooseCspKind(request.nextUrl.pathname, cookieNames);
  // While the database is down, pages rendered per request (admin, account, a signed-in reader's
  // pages) get a 503 page at once; cached reader pages are still served from the cache, and the
  // rest fail fast and become 503s too (lib/http/response-status.ts).
  if (isDatabaseUnreachable()) {
    probeDatabaseWhileDown();
    if (kind === "nonce") {
      const response = new NextResponse(DATABASE_UNAVAILABLE_PAGE, {
        status: 503,
        headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
      });
      return withCsp(response, contentSecurityPolicy({ nonce: null, isDevelopment, isHttps }));
    }
  }
  if (kind === "non-html") return withCsp(NextResponse.next(), NON_HTML_CSP);
  if (kind === "cached-page") return withCsp(NextResponse.next(), contentSecurityPolicy({ nonce: null, isDevelopment, isHttps }));
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy({ nonce, isDevelopment, isHttps });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  return withCsp(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

function withCsp(response: NextResponse, policy: string): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Which requests run this proxy. A signed-out reader's plain GET of a reader page does not: its
// policy is the same for everyone (next.config.ts sends it), and the proxy cost a fifth of the CPU
// such a request takes. The reader pages run it again when anything makes the request personal,
// posted or suspicious: a session cookie (either spelling), an Origin or Content-Type header (a
// form or action post), or a live query parameter. Search always runs it: its limit is here. Next reads
// these values at build time, so they are literals; tests/unit/proxy-matcher.test.ts keeps them
// equal to lib/reader-routes.ts and checks which addresses skip the proxy.
export const config = {
  matcher: [
    // Everything but build output, uploads (their bodies must reach the route handler
    // unbuffered: app/(admin)/admin/media/upload/route.ts) and the reader pages below. A reader
    // address with anything but letters, digits, "-" and "_" (an escape, a NUL) runs it too.
    "/((?!_next/static|_next/image|admin/media/upload$|icon.svg|favicon.ico|(?:articles|tags|authors)/[A-Za-z0-9_-]+$|archive$|archive/\\d\\d\\d\\d/\\d\\d$).+)",
    { source: "/", has: [{ type: "cookie", key: "next-auth.session-token" }] },
    { source: "/((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)", has: [{ type: "cookie", key: "next-auth.session-token" }] },
    { source: "/", has: [{ type: "cookie", key: "__Secure-next-auth.session-token" }] },
    { source: "/((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)", has: [{ type: "cookie", key: "__Secure-next-auth.session-token" }] },
    { source: "/", has: [{ type: "header", key: "origin" }] },
    { source: "/((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)", has: [{ type: "header", key: "origin" }] },
    { source: "/", has: [{ type: "header", key: "content-type" }] },
    { source: "/((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)", has: [{ type: "header", key: "content-type" }] },
    { source: "/", has: [{ type: "query", key: "after" }] },
    { source: "/((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)", has: [{ type: "query", key: "after" }] },
    { source: "/", has: [{ type: "query", key: "tag" }] },
    { source: "/((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)", has: [{ type: "query", key: "tag" }] },
    { source: "/", has: [{ type: "query", key: "author" }] },
    { source: "/((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)", has: [{ type: "query", key: "author" }] },
    { source: "/", has: [{ type: "query", key: "from" }] },
    { source: "/((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)", has: [{ type: "query", key: "from" }] },
    { source: "/", has: [{ type: "query", key: "to" }] },
    { source: "/((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)", has: [{ type: "query", key: "to" }] },
    { source: "/", has: [{ type: "query", key: "page" }] },
    { source: "/((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)", has: [{ type: "query", key: "page" }] },
  ],
};
