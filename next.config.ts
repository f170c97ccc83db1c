import { resolve } from "node:path";
import type { NextConfig } from "next";
import { parseServerEnv } from "./lib/env";
import { oldAddressFallbackRewrites, oldAddressQueryRewrites } from "./lib/import/old-address-rewrites";
import { readerRedirects, readerRewrites } from "./lib/reader-routes";
import { contentSecurityPolicy, staticSecurityHeaders } from "./lib/security/security-headers";

// Fail the build, naming each bad variable, rather than fail later at request time.
const env = parseServerEnv();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // An imported site's old addresses end in "/" (/2026/09/slug/): Next's own 308 to the address
  // without it would put a second hop before their 301. A rewrite sends every such address to the old-address
  // route, which gives every other one that 308 itself (lib/import/old-address-rewrites.ts).
  skipTrailingSlashRedirect: true,
  // Next hashes every HTML response in JavaScript to make its ETag: a quarter of the CPU a cached
  // reader page costs (docs/decisions/0011). Cached pages carry s-maxage instead.
  generateEtags: false,
  // Pages and cached reads live in Redis when REDIS_URL is set (shared by every instance), else
  // in a bounded in-process LRU; never on disk (docs/decisions/0018-shared-cache-and-instances.md).
  cacheHandler: resolve(process.cwd(), "lib/cache/next-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Reader pages: a cached copy for signed-out readers, a live one otherwise (lib/reader-routes.ts).
  redirects: async () => readerRedirects(),
  // Referrer-Policy, nosniff, Permissions-Policy, HSTS on https: the same for every response.
  // The Content-Security-Policy depends on the page and is set in proxy.ts.
  // A signed-out reader's GET of a reader page skips proxy.ts (see its matcher); its policy, the
  // one every cached page has, is sent from here. Where the proxy runs, its policy replaces this.
  headers: async () => [
    { source: "/:path*", headers: staticSecurityHeaders(env.SITE_URL) },
    ...["/", "/:page((?:articles|tags|authors)/[A-Za-z0-9_-]+|archive|archive/\\d\\d\\d\\d/\\d\\d)"].map((source) => ({
      source,
      headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ nonce: null, isDevelopment: process.env.NODE_ENV === "development", isHttps: env.SITE_URL.startsWith("https://") }) }],
    })),
  ],
  // Old addresses of an imported site answer with a 301 (lib/import/old-address-rewrites.ts).
  rewrites: async () => ({
    beforeFiles: [...oldAddressQueryRewrites(), ...readerRewrites()],
    afterFiles: [],
    fallback: oldAddressFallbackRewrites(),
  }),
  // forbidden()/unauthorized() give real 403/401 pages from the guards (lib/auth/guards.ts).
  // Server actions read at most 1 MB: image uploads have their own route handler and limit
  // (app/(admin)/admin/media/upload/route.ts, MEDIA_MAX_UPLOAD_BYTES).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "sharp"],
};

export default nextConfig;
