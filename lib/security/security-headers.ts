// The security headers Masthead sends (docs/security.md, docs/decisions/0016-security-headers.md).
// No "server-only" marker: next.config.ts and proxy.ts import it.

/** Headers every response carries (next.config.ts `headers()`), cached pages included. */
export function staticSecurityHeaders(siteUrl: string): { key: string; value: string }[] {
  return [
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // frame-ancestors in the CSP is the rule; this is for browsers that predate it.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()" },
    ...(siteUrl.startsWith("https://") ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

export type TCspOptions = {
  /** A fresh per-request nonce for pages rendered per request; null for cached pages. */
  nonce: string | null;
  /** `next dev` evaluates code and talks over a web socket; a production build does neither. */
  isDevelopment: boolean;
  isHttps: boolean;
};

/**
 * The Content-Security-Policy of an HTML page: only what Masthead loads. Scripts: with a nonce,
 * only scripts carrying it and what they load ('strict-dynamic'); without one (a cached reader
 * page, the same bytes for every reader, docs/decisions/0016), same-origin scripts and the
 * inline data Next writes into the page. Never eval outside development.
 */
export function contentSecurityPolicy({ nonce, isDevelopment, isHttps }: TCspOptions): string {
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  if (isDevelopment) scripts.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React writes style attributes; no style is fetched from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    // Article images may come from any https address an editor gave (lib/content/safe-url.ts).
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${isDevelopment ? " ws: wss:" : ""}`,
    "media-src 'self'",
    // The one player we embed (components/media/video-embed.tsx).
    "frame-src https://www.youtube-nocookie.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** JSON, feeds and files: nothing in them may run, and nobody may frame them. */
export const NON_HTML_CSP = "default-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
