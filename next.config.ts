import { resolve } from "node:path";
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
  // Pages and cached reads live in Redis when REDIS_URL is set (shared by every instance), else
  // in a bounded in-process LRU; never on disk (docs/decisions/0018-shared-cache-and-instances.md).
  cacheHandler: resolve(process.cwd(), "lib/cache/next-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Reader pages: a cached copy for signed-out readers, a live one otherwise (lib/reader-routes.ts).
  redirects: async () => readerRedirects(),
  rewrites: async () => ({ beforeFiles: readerRewrites(), afterFiles: [], fallback: [] }),
  // forbidden()/unauthorized() give real 403/401 pages from the guards (lib/auth/guards.ts).
  // Image uploads go through a server action: its body limit must exceed MEDIA_MAX_UPLOAD_BYTES
  // (10 MiB by default; lib/env.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" } },
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "sharp"],
};

export default nextConfig;
