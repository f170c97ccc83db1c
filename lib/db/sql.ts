import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";
import { primaryPool } from "./client";
import { isEmbeddedDatabase } from "./database-url";
import { noteQueryFailed, noteQuerySucceeded } from "./database-health";

// A statement sent straight to the pool `db` uses, for the few paths every request or every
// comment takes (the session check, posting a comment). Through Prisma, even $queryRaw passes
// the statement and its values through the query compiler (WebAssembly) as JSON: measured here,
// 0.7-1.1 ms of CPU per call against 0.25 ms for the driver alone, and more for long statements.
// Written with Prisma.sql like $queryRaw (values always bound, never spliced into the text),
// and read as Prisma reads: `timestamp` columns are UTC (lib/rate-limit/database-clock.ts).

const TIMESTAMP = 1114;
const TIMESTAMP_ARRAY = 1115;

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === TIMESTAMP_ARRAY) throw new Error("sqlRows: timestamp arrays are not read here; select them one per column");
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** A Date as a `timestamp` (UTC, no zone) value: cast it with ::timestamp(3) in the statement. */
function bindable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

// Each statement is prepared once per connection, under a name made from its text: PostgreSQL
// then neither parses it again nor, once it settles on a generic plan, plans it again. Parsing
// and planning were about 0.3 ms of the server's CPU per statement, a third of what posting a
// comment cost it (docs/decisions/0027). The texts sent here are few and fixed (values are
// bound); past MAX_PREPARED distinct texts, a statement is sent unnamed, so no connection
// keeps an unbounded set. Not on the embedded database: PGlite is one session behind all the
// pool's connections (lib/db/pglite-wire-server.ts), so a second connection preparing the same
// name would be refused.
const MAX_PREPARED = 64;
const preparedNames = new Map<string, string>();
const preparesStatements = !isEmbeddedDatabase(databaseUrl());

function preparedName(text: string): string | undefined {
  if (!preparesStatements) return undefined;
  const known = preparedNames.get(text);
  if (known || preparedNames.size >= MAX_PREPARED) return known;
  const name = `masthead_${createHash("sha256").update(text).digest("base64url").slice(0, 24)}`;
  preparedNames.set(text, name);
  return name;
}

export async function sqlRows<TRow>(statement: Prisma.Sql): Promise<TRow[]> {
  try {
    const result = await primaryPool.query({ name: preparedName(statement.text), text: statement.text, values: statement.values.map(bindable), types });
    noteQuerySucceeded();
    return result.rows as TRow[];
  } catch (error) {
    noteQueryFailed(error);
    throw error;
  }
}

