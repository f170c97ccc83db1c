// Vitest talks to a real PostgreSQL, never a mock. `npm test` (scripts/test.ts) starts one and
// passes DATABASE_URL; running vitest alone needs TEST_DATABASE_URL (or DATABASE_URL) set to a
// database it may wipe.
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject) {
  const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "Tests need a PostgreSQL: run `npm test`, or set TEST_DATABASE_URL to a migrated database that tests may write to.",
    );
  }
  project.provide("databaseUrl", url);
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
