import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // "server-only" throws outside React Server Components; tests run domain code directly.
      { find: /^server-only$/, replacement: `${root}/tests/setup/server-only-stub.ts` },
    ],
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/setup/vitest-global-setup.ts"],
    setupFiles: ["tests/setup/vitest-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // next/cache needs a Next request context; domain reads are tested uncached.
    env: { MASTHEAD_DISABLE_DATA_CACHE: "1" },
  },
});
