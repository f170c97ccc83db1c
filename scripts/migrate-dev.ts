// `npm run db:migrate [-- --name add_x]`: create a migration for schema changes, then apply it.
// Prisma 6.19's wasm engine cannot finish `migrate dev` when it also has migrations to apply
// (it asks for a shadow database it was never given), so apply first, create with
// --create-only, then apply again. docs/decisions/0001-prisma-offline-migrations.md.
import { spawnSync } from "node:child_process";

function prisma(...args: string[]) {
  const result = spawnSync("prisma", args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const extra = process.argv.slice(2);
prisma("migrate", "deploy");
prisma("migrate", "dev", "--create-only", ...extra);
prisma("migrate", "deploy");
prisma("generate");
