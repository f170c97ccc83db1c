// Where the database is. Shared by the app, the launcher scripts and prisma.config.ts, so it
// must not import "server-only" or anything from Next.
//
// DATABASE_URL selects any PostgreSQL. Without it Masthead uses the embedded PostgreSQL
// (PGlite served over TCP by scripts/embedded-postgres.ts); see docs/decisions/0002.

export const DEFAULT_EMBEDDED_PORT = 54329;

export function embeddedDatabaseUrl(port: number = embeddedPort()): string {
  // The embedded server refuses SSL (it answers the SSL request with 'N'); say so up front.
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export function embeddedPort(): number {
  const raw = process.env.EMBEDDED_DB_PORT;
  const port = raw ? Number(raw) : DEFAULT_EMBEDDED_PORT;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`EMBEDDED_DB_PORT must be a TCP port number, got "${raw}"`);
  }
  return port;
}

/** True when the URL points at the embedded server, which serves one connection at a time well. */
export function isEmbeddedDatabase(url: string): boolean {
  return process.env.DATABASE_EMBEDDED === "1" || url === embeddedDatabaseUrl();
}

/** Discrete connection fields: adapter-pg's shadow-database code needs them (docs/decisions/0001). */
export function connectionFields(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username || "postgres"),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "") || "postgres"),
    ssl: sslFrom(u),
  };
}

function sslFrom(u: URL): false | { rejectUnauthorized: boolean } {
  const mode = u.searchParams.get("sslmode");
  if (!mode || mode === "disable" || mode === "prefer" || mode === "allow") return false;
  return { rejectUnauthorized: mode === "verify-full" || mode === "verify-ca" };
}
