/**
 * The environment the bench's `next start` (and its scripts) run with: production, on
 * `databaseUrl`, trusting this machine as a proxy so posting members come from addresses of
 * their own.
 */
export function benchServerEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "masthead-bench-secret-0123456789abcdef0123456789",
    TRUSTED_PROXIES: "127.0.0.1",
  };
}
