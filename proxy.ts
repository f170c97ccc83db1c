import { NextResponse, type NextRequest } from "next/server";
import { chooseCspKind } from "@/lib/security/csp-choice";
import { contentSecurityPolicy, NON_HTML_CSP } from "@/lib/security/security-headers";

// Sets each response's Content-Security-Policy (docs/decisions/0016-security-headers.md). Pages
// rendered per request get a fresh nonce, which Next reads from the request's CSP header and
// puts on every script it writes; cached reader pages get a policy without one. The other
// security headers are static (next.config.ts). Not an authorization boundary: nothing here
// decides who may see what.

const isDevelopment = process.env.NODE_ENV === "development";
const isHttps = (process.env.SITE_URL ?? "").startsWith("https://");

export function proxy(request: NextRequest): NextResponse {
  const kind = chooseCspKind(
    request.nextUrl.pathname,
    request.cookies.getAll().map((cookie) => cookie.name),
  );
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
  // Not for build output and stored images (no HTML), nor for uploads, whose bodies must reach
  // their route handler unbuffered (app/(admin)/admin/media/upload/route.ts).
  matcher: ["/((?!_next/static|_next/image|media/|admin/media/upload$|icon.svg|favicon.ico).*)"],
};
