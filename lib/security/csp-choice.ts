// Which Content-Security-Policy a request gets (docs/decisions/0016-security-headers.md). No
// "server-only" marker: proxy.ts imports it.
import { isReaderPagePath, SESSION_COOKIE_NAMES } from "@/lib/reader-routes";

/**
 * Pages always rendered per request: a fresh nonce costs nothing there. Reader pages are too,
 * for someone signed in (the live copy). Everything else a signed-out reader sees may come from
 * the full-route cache, where one rendering serves everyone and cannot carry a per-request nonce.
 */
const PER_REQUEST_PREFIXES = ["/admin", "/account", "/sign-in", "/sign-up", "/sign-out", "/reset-password", "/verify-email", "/preview", "/banned", "/unsubscribe"];
const COMMENT_PAGES = /^\/articles\/[^/]+\/comments(\/|$)/;

export type TCspKind = "nonce" | "cached-page" | "non-html";

export function chooseCspKind(pathname: string, cookieNames: readonly string[]): TCspKind {
  if (pathname.startsWith("/api/") || pathname.startsWith("/media/") || /\.(xml|json|png|txt|svg)$/.test(pathname)) return "non-html";
  if (PER_REQUEST_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return "nonce";
  if (COMMENT_PAGES.test(pathname)) return "nonce";
  const hasSession = SESSION_COOKIE_NAMES.some((name) => cookieNames.includes(name));
  if (hasSession && isReaderPagePath(pathname)) return "nonce";
  return "cached-page";
}
