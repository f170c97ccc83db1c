// Environment, validated once with zod at build (next.config.ts) and at boot (instrumentation.ts).
// Only variables listed in `clientEnv` may ever reach the browser: currently none.
import { z } from "zod";
import { parseTrustedProxies, type TTrustedProxies } from "./auth/trusted-proxies";
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
  /** Signs session cookies. Required in production; `npm start` on the embedded demo makes one. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 48)").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** smtp://user:pass@host:587 — without it, mail waits in the outbox for /admin/mailbox. */
  SMTP_URL: z.string().url("must be an SMTP URL like smtp://user:password@host:587").optional(),
  MAIL_FROM: z.string().min(3).default("Masthead <no-reply@masthead.invalid>"),
  /** Where uploaded images are kept (lib/media/storage/local-disk-storage.ts). */
  MEDIA_DIR: z.string().min(1).default(".data/media"),
  /** Largest image upload accepted, in bytes (default 10 MiB). */
  MEDIA_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  /** How often each server process writes the article views it counted (docs/decisions/0010). */
  VIEW_FLUSH_INTERVAL_MS: z.coerce.number().int().min(50).max(10 * 60 * 1000).default(5_000),
  /** How long the trending rails are cached; they expire by time only. */
  TRENDING_CACHE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /**
   * Reverse proxies whose X-Forwarded-For is believed, as addresses and CIDR ranges
   * ("10.0.0.0/8, 127.0.0.1"). Unset: every client is its socket's address (lib/auth/client-address.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, context) => {
      const parsed = parseTrustedProxies(value);
      if (!parsed.ok) context.addIssue({ code: "custom", message: `"${parsed.bad}" is not an IP address or CIDR range (like 10.0.0.0/8)` });
    }),
  /** Each process's copies of signed-out reader pages (lib/http/reader-response-cache.ts). */
  READER_RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  READER_RESPONSE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  /** Comment posts answered before Next's router (lib/http/fast-comment-posts.ts). */
  COMMENT_FAST_PATH: z.enum(["on", "off"]).default("on"),
  // Several instances (docs/deploy.md, docs/decisions/0018-shared-cache-and-instances.md).
  /** Shared page and data cache; unset keeps a bounded cache in each process (lib/cache). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a URL like redis://127.0.0.1:6379/0").optional(),
  /** A read-only replica for reader-page reads; writes and staff reads stay on DATABASE_URL. */
  DATABASE_REPLICA_URL: postgresUrl.optional(),
  /** How far the replica may lag, in ms: cached pages are expired again after it (lib/cache). */
  REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  /** S3-compatible object storage for media (MinIO, S3, R2...); unset keeps files in MEDIA_DIR. */
  S3_ENDPOINT: z.string().url("must be the storage's address, like http://minio:9000").optional(),
  S3_BUCKET: z.string().min(3, "must name the bucket").optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});
export type TServerEnv = z.infer<typeof ZServerEnv>;

/** S3 settings come as a set: naming the bucket without the endpoint (or keys) is a mistake. */
const S3_VARIABLES = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

/** Parses the environment and throws one message naming every bad variable. */
export function parseServerEnv(source: NodeJS.ProcessEnv = process.env): TServerEnv {
  const result = ZServerEnv.superRefine((env, context) => {
    const given = S3_VARIABLES.filter((name) => env[name]);
    if (given.length === 0 || given.length === S3_VARIABLES.length) return;
    for (const name of S3_VARIABLES.filter((name) => !env[name])) {
      context.addIssue({ code: "custom", path: [name], message: `must be set with ${given.join(", ")} (object storage needs all four)` });
    }
  }).safeParse(source);
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

let cachedProxies: TTrustedProxies | undefined;
/** TRUSTED_PROXIES, parsed (validated at boot, so a bad entry never gets this far). */
export function trustedProxies(): TTrustedProxies {
  if (!cachedProxies) {
    const parsed = parseTrustedProxies(serverEnv().TRUSTED_PROXIES);
    if (!parsed.ok) throw new Error(`TRUSTED_PROXIES: "${parsed.bad}" is not an IP address or CIDR range`);
    cachedProxies = parsed.proxies;
  }
  return cachedProxies;
}

const DEVELOPMENT_SECRET = "masthead-development-only-secret-do-not-use-in-production";

/**
 * The secret that signs session cookies. Production without NEXTAUTH_SECRET is refused (see
 * assertProductionReady); development and tests fall back to a fixed, public secret.
 */
export function authSecret(): string {
  const env = serverEnv();
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("Masthead cannot start: NEXTAUTH_SECRET is not set. Set it to a random string of 32+ characters (openssl rand -base64 48).");
  }
  return DEVELOPMENT_SECRET;
}

/** Called at boot (instrumentation.ts): a production server must not start without its secret. */
export function assertProductionReady(): void {
  if (serverEnv().NODE_ENV === "production") authSecret();
}

/** Cookies are Secure when the site is served over https (always, behind a real deployment). */
export function usesSecureCookies(): boolean {
  const { SITE_URL, NEXTAUTH_URL } = serverEnv();
  return (NEXTAUTH_URL ?? SITE_URL).startsWith("https://");
}
