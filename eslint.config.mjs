import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layers only point down: app -> components -> lib (docs/architecture.md). A component gets a
// server action as a prop from the page that renders it; a type both sides need lives in lib/.
const APP_IMPORT = {
  regex: "^(@/app|(\\.\\./)+app)(/|$)",
  message: "components/ and lib/ may not import from app/: take the server action as a prop, or move the type to lib/ (docs/architecture.md).",
};
const COMPONENTS_IMPORT = {
  regex: "^(@/components|(\\.\\./)+components)(/|$)",
  message: "lib/ may not import from components/: move what both need into lib/ (docs/architecture.md).",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      // Domain code parses with zod instead of casting.
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [APP_IMPORT] }] },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [APP_IMPORT, COMPONENTS_IMPORT] }] },
  },
]);
