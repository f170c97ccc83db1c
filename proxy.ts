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

export const config = {
  // Not for build output (no HTML, no input), nor for uploads, whose bodies must reach their
  // route handler unbuffered (app/(admin)/admin/media/upload/route.ts).
  matcher: ["/((?!_next/static|_next/image|admin/media/upload$|icon.svg|favicon.ico).*)"],
};
