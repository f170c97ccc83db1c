// Imports a WordPress (WXR) or Ghost (JSON) export, gzipped or not (lib/import/):
//
//   npm run import:wordpress -- export.xml.gz [--as admin@example.com] [--dry-run]
//   npm run import:ghost -- export.json.gz [--as admin@example.com] [--dry-run]
//
// Acts as the given admin (default: the oldest active admin). Prints a progress line while it
// runs and the report at the end. Safe to run again (nothing is duplicated) and to interrupt.
// Reader pages of a running server are expired when PORT names it (else within a minute).
import { parseArgs } from "node:util";
import { findStaffActor } from "@/lib/articles/write/find-staff-actor";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { importSiteFile } from "@/lib/import/import-site";
import { describeProgress } from "@/lib/import/import-progress";
import { summariseReport } from "@/lib/import/import-report";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: "string" }, as: { type: "string" }, "dry-run": { type: "boolean", default: false } },
});
const USAGE = "Usage: npm run import:wordpress -- <export.xml[.gz]> [--as <admin email>] [--dry-run]\n       npm run import:ghost -- <export.json[.gz]> [--as <admin email>] [--dry-run]";

async function findActor(email: string | undefined) {
  if (email) return findStaffActor(email);
  const admin = await db.user.findFirst({ where: { role: "ADMIN", status: "ACTIVE", deletedAt: null }, orderBy: { createdAt: "asc" }, select: { email: true } });
  return admin ? findStaffActor(admin.email) : null;
}

async function main(): Promise<number> {
  const format = values.format;
  const path = positionals[0];
  if ((format !== "wordpress" && format !== "ghost") || !path) throw new Error(USAGE);
  const actor = await findActor(values.as);
  if (!actor) throw new Error(values.as ? `No active account has the email ${values.as}.` : "There is no active admin to import as: create one, or pass --as.");
  const isTerminal = process.stderr.isTTY;
  let lastLine = 0;
  const { runId, report } = await importSiteFile({
    actor,
    format,
    path,
    dryRun: values["dry-run"] ?? false,
    onProgress: (progress) => {
      const now = Date.now();
      if (!isTerminal && now - lastLine < 1000 && progress.done < progress.total) return;
      lastLine = now;
      process.stderr.write(isTerminal ? `\r${describeProgress(progress)}\u001b[K` : `${describeProgress(progress)}\n`);
    },
  });
  if (isTerminal) process.stderr.write("\n");
  console.log(`${values["dry-run"] ? "Dry run (nothing written)" : "Imported"}: ${summariseReport(report) || "nothing"}`);
  for (const note of report.notes) console.log(`  ${note.where}: ${note.note}`);
  if (report.moreNotes > 0) console.log(`  … and ${report.moreNotes} more notes (see /admin/import/${runId})`);
  return 0;
}

main()
  .then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(isAppError(error) ? error.publicMessage : error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  )
  .finally(() => db.$disconnect());
