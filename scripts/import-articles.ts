// Imports articles from a JSON file: creates drafts, or updates the article with the same slug,
// each with a revision whose source is "import" (lib/articles/write/import-articles.ts).
//
//   npm run import -- articles.json --as editor@example.com
//
// The file holds an array of documents, or { "articles": [...] }. A document is
//   { "slug", "title", "dek"?, "body" (the stored document JSON), "tags"?, "featuredImageUrl"?,
//     "featuredImageAlt"?, "seoTitle"?, "seoDescription"?, "isVipOnly"?, "version"? }
// where "version" is required to update an existing article: the version the text replaces.
// Running the same file again changes nothing. Exit code 1 when any article failed.
import { readFileSync } from "node:fs";
import { findStaffActor } from "@/lib/articles/write/find-staff-actor";
import { importArticlesFor, type TImportReport } from "@/lib/articles/write/import-articles";
import { db } from "@/lib/db/client";

const USAGE = "Usage: npm run import -- <file.json> --as <email of a newsroom account>";

function parseArgs(argv: string[]): { file: string; email: string } {
  const asIndex = argv.indexOf("--as");
  const email = asIndex >= 0 ? argv[asIndex + 1] : undefined;
  const file = argv.filter((_, index) => index !== asIndex && index !== asIndex + 1).find((arg) => !arg.startsWith("--"));
  if (!file || !email) throw new Error(USAGE);
  return { file, email };
}

function readDocuments(file: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Could not read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (Array.isArray(parsed)) return parsed;
  const articles = (parsed as { articles?: unknown } | null)?.articles;
  if (Array.isArray(articles)) return articles;
  throw new Error(`${file} must hold an array of articles, or { "articles": [...] }.`);
}

function describe(report: TImportReport): string {
  const name = report.slug ?? `document ${report.index + 1}`;
  if (!report.ok) return `failed     ${name}: ${report.message}`;
  const { status, version } = report.outcome;
  const note = report.cacheScope ? " (published: reader pages show it within a minute)" : "";
  return `${status.padEnd(10)} ${name} (version ${version})${note}`;
}

async function main(): Promise<number> {
  const { file, email } = parseArgs(process.argv.slice(2));
  const documents = readDocuments(file);
  const actor = await findStaffActor(email);
  if (!actor) throw new Error(`No active account has the email ${email}.`);
  const reports = await importArticlesFor(actor, documents, "import");
  for (const report of reports) console.log(describe(report));
  const failed = reports.filter((report) => !report.ok).length;
  console.log(`${reports.length - failed} imported or already up to date, ${failed} failed.`);
  return failed > 0 ? 1 : 0;
}

main()
  .then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  )
  .finally(() => db.$disconnect());
