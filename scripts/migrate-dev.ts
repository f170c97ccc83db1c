// `npm run db:migrate -- --name add_x`: create a migration for schema changes, then apply it.
// Prisma 6.19's wasm engine cannot finish `migrate dev` when it also has migrations to apply
// (it asks for a shadow database it was never given) and may report "null pointer passed to
// rust" as it exits after writing the file. So: apply, create with --create-only, drop the file
// if it is empty, apply again. docs/decisions/0001-prisma-offline-migrations.md.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const MIGRATIONS = "prisma/migrations";
const { values } = parseArgs({ options: { name: { type: "string", default: "change" } } });

function prisma(args: string[], { tolerateFailure = false } = {}) {
  const result = spawnSync("prisma", args, { stdio: "inherit" });
  if (result.status !== 0 && !tolerateFailure) process.exit(result.status ?? 1);
}

function migrationDirs(): string[] {
  return readdirSync(MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
}

prisma(["migrate", "deploy"]);
const before = new Set(migrationDirs());
prisma(["migrate", "dev", "--create-only", "--name", values.name], { tolerateFailure: true });
const created = migrationDirs().filter((name) => !before.has(name));
for (const name of created) {
  const sql = readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8");
  if (sql.trim() === "-- This is an empty migration.") {
    rmSync(join(MIGRATIONS, name), { recursive: true });
    console.log("The schema has no changes: no migration created.");
  } else {
    console.log(`Created ${join(MIGRATIONS, name, "migration.sql")}; review it and commit it.`);
  }
}
prisma(["migrate", "deploy"]);
prisma(["generate"]);
