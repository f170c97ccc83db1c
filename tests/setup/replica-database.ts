// A stand-in read replica for the tests of DATABASE_REPLICA_URL: a second database on the same
// PostgreSQL server, migrated like the primary but never fed by it, so which database answered
// a read is plain to see. The app reaches it as a role whose transactions are read-only, as a
// real hot standby's are: a write sent there by mistake fails instead of passing unnoticed.
// Needs a PostgreSQL server (the embedded one has a single database and no roles to speak of).
import { execFileSync } from "node:child_process";
import pg from "pg";

const PLAIN_NAME = /^[a-z0-9_]+$/;

export type TTestReplica = {
  /** For the app under test (DATABASE_REPLICA_URL): the read-only role. */
  readerUrl: string;
  /** For the test itself, to put rows on the replica that the primary never sees. */
  ownerUrl: string;
};

function replicaNames(primaryUrl: string): { owner: URL; name: string; role: string } {
  const owner = new URL(process.env.TEST_REPLICA_DATABASE_URL ?? primaryUrl);
  if (!process.env.TEST_REPLICA_DATABASE_URL) owner.pathname = `${owner.pathname.replace(/^\//, "")}_replica`;
  const name = decodeURIComponent(owner.pathname.slice(1));
  // Database and role names cannot be bound parameters; these are ours, checked to be plain.
  if (!PLAIN_NAME.test(name)) throw new Error(`replica database name must be plain: ${name}`);
  return { owner, name, role: `${name}_reader` };
}

/** The replica of `primaryUrl` (TEST_REPLICA_DATABASE_URL, else `<primary>_replica`), created and migrated. */
export async function prepareTestReplica(primaryUrl: string): Promise<TTestReplica> {
  const { owner, name, role } = replicaNames(primaryUrl);

  const admin = new pg.Client({ connectionString: primaryUrl });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: owner.toString() }, stdio: "ignore" });

  const onReplica = new pg.Client({ connectionString: owner.toString() });
  await onReplica.connect();
  try {
    const roleExists = await onReplica.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    if (roleExists.rowCount === 0) await onReplica.query(`CREATE ROLE "${role}" LOGIN`);
    await onReplica.query(`ALTER ROLE "${role}" SET default_transaction_read_only = on`);
    await onReplica.query(`GRANT CONNECT ON DATABASE "${name}" TO "${role}"`);
    await onReplica.query(`GRANT USAGE ON SCHEMA public TO "${role}"`);
    await onReplica.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO "${role}"`);
  } finally {
    await onReplica.end();
  }
  const reader = new URL(owner);
  reader.username = role;
  reader.password = "";
  return { readerUrl: reader.toString(), ownerUrl: owner.toString() };
}

/** Tests clean up after themselves: the replica database and its role go (after every client). */
export async function dropTestReplica(primaryUrl: string): Promise<void> {
  const { name, role } = replicaNames(primaryUrl);
  const admin = new pg.Client({ connectionString: primaryUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS "${role}"`);
  } finally {
    await admin.end();
  }
}
