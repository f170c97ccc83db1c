// Environment, validated once with zod at build (next.config.ts) and at boot (instrumentation.ts).
// Only variables listed in `clientEnv` may ever reach the browser: currently none.
import { z } from "zod";
import { embeddedDatabaseUrl } from "./db/database-url";

const postgresUrl = z
  .string()
  .url("must be a URL like postgresql://user:password@host:5432/database")
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgresql://");

export const ZServerEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
  SITE_URL: z.string().url("must be the public address of the site, like https://news.example.com").default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default("Masthead"),
});
export type TServerEnv = z.infer<typeof ZServerEnv>;

/** Parses the environment and throws one message naming every bad variable. */
export function parseServerEnv(source: NodeJS.ProcessEnv = process.env): TServerEnv {
  const result = ZServerEnv.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Masthead cannot start: invalid environment variables\n${lines.join("\n")}`);
}

let cached: TServerEnv | undefined;
export function serverEnv(): TServerEnv {
  cached ??= parseServerEnv();
  return cached;
}

/** DATABASE_URL, or the embedded PostgreSQL that scripts/with-database.ts starts. */
export function databaseUrl(): string {
  return serverEnv().DATABASE_URL ?? embeddedDatabaseUrl();
}
