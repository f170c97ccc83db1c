import type { NextConfig } from "next";
import { parseServerEnv } from "./lib/env";
import { readerRedirects, readerRewrites } from "./lib/reader-routes";

// Fail the build, naming each bad variable, rather than fail later at request time.
parseServerEnv();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript to make its ETag: a quarter of the CPU a cached
  // reader page costs (docs/decisions/0011). Cached pages carry s-maxage instead.
  generateEtags: false,
  // Reader pages: a cached copy for signed-out readers, a live one otherwise (lib/reader-routes.ts).
  redirects: async () => readerRedirects(),
  rewrites: async () => ({ beforeFiles: readerRewrites(), afterFiles: [], fallback: [] }),
  // forbidden()/unauthorized() give real 403/401 pages from the guards (lib/auth/guards.ts).
  // Server actions read at most 1 MB: image uploads have their own route handler and limit
  // (app/(admin)/admin/media/upload/route.ts, MEDIA_MAX_UPLOAD_BYTES).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "sharp"],
};

export default nextConfig;
