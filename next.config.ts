import type { NextConfig } from "next";
import { parseServerEnv } from "./lib/env";

// Fail the build, naming each bad variable, rather than fail later at request time.
parseServerEnv();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden()/unauthorized() give real 403/401 pages from the guards (lib/auth/guards.ts).
  experimental: { authInterrupts: true },
  // Native and wasm packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "sharp"],
};

export default nextConfig;
