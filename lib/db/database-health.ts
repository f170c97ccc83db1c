import { noteDatabaseUnreachableForRequest } from "@/lib/http/response-status";

// Whether PostgreSQL is reachable, as the last queries found it (issue 15, item 7). Every query
// goes through lib/db/client.ts, which reports here: a connection error marks the database
// unreachable (and the request that met it, so its 500 becomes a 503 with Retry-After:
// lib/http/response-status.ts); any successful query marks it reachable again. proxy.ts reads
// the state, so while the database is down pages that need it get a 503 page at once instead of
// waiting for a connection timeout, and cached reader pages are still served.
// No "server-only": lib/db/client.ts, which the seed and the tests import, imports it.

type THealth = { unreachableSince: number | null; lastProbeAt: number };

const STATE = Symbol.for("masthead.databaseHealth");

function health(): THealth {
  const store = globalThis as { [STATE]?: THealth };
  return (store[STATE] ??= { unreachableSince: null, lastProbeAt: 0 });
}

// Prisma's codes for "cannot reach / lost the server" and "no connection to be had"
// (https://www.prisma.io/docs/orm/reference/error-reference), and what node-postgres and
// PostgreSQL itself say when the server is gone, refusing or shutting down.
const CONNECTION_ERROR_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03"]);
const CONNECTION_ERROR_MESSAGE =
  /can't reach database server|connection terminated|connection refused|ECONNREFUSED|ECONNRESET|server has closed the connection|the database system is (starting up|shutting down)|terminating connection due to administrator command|timeout exceeded when trying to connect/i;

/** Whether an error (or one of its causes) says the database could not be reached. */
export function isDatabaseConnectionError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof candidate.code === "string" && CONNECTION_ERROR_CODES.has(candidate.code)) return true;
    if (typeof candidate.message === "string" && CONNECTION_ERROR_MESSAGE.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

export function noteQueryFailed(error: unknown): void {
  if (!isDatabaseConnectionError(error)) return;
  health().unreachableSince ??= Date.now();
  noteDatabaseUnreachableForRequest();
}

export function noteQuerySucceeded(): void {
  health().unreachableSince = null;
}

export function isDatabaseUnreachable(): boolean {
  return health().unreachableSince !== null;
}

const PROBE_INTERVAL_MS = 2_000;

/**
 * Whether it is time to try the database again while it is marked unreachable: at most once per
 * PROBE_INTERVAL_MS per process, so an outage costs one connection attempt every two seconds,
 * not one per request. The caller runs the probe; its result reaches the state like any query's.
 */
export function shouldProbeDatabase(now: number = Date.now()): boolean {
  const state = health();
  if (state.unreachableSince === null || now - state.lastProbeAt < PROBE_INTERVAL_MS) return false;
  state.lastProbeAt = now;
  return true;
}
