// CI's dependency check (.ci/run):
//   1. every package in scripts/dependency-floors.json is installed at or above its floor;
//   2. `npm audit --omit=dev` finds no high or critical advisory, where the advisory service
//      answers. Where it does not (offline, a registry mirror without the audit endpoint), the
//      check says so and does not fail: the floors still hold.
//   tsx scripts/check-dependencies.ts [--skip-audit] [--floors other-floors.json]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const ZFloors = z.object({
  floors: z.array(z.object({ package: z.string().min(1), floor: z.string().min(1), required: z.boolean(), why: z.string().min(1) })),
});
export type TFloor = z.infer<typeof ZFloors>["floors"][number];

/** -1, 0 or 1: numeric major.minor.patch, a pre-release below its release ("16.1.0-canary.3" < "16.1.0"). */
export function compareVersions(a: string, b: string): number {
  const parse = (version: string) => {
    const [core = "", pre] = version.trim().replace(/^v/, "").split("-", 2);
    return { parts: core.split(".").map((part) => Number.parseInt(part, 10) || 0), pre };
  };
  const left = parse(a);
  const right = parse(b);
  for (let i = 0; i < 3; i++) {
    const difference = (left.parts[i] ?? 0) - (right.parts[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  if (left.pre === right.pre) return 0;
  if (left.pre === undefined) return 1;
  if (right.pre === undefined) return -1;
  return left.pre < right.pre ? -1 : 1;
}

export function installedVersion(nodeModules: string, name: string): string | null {
  try {
    return z.object({ version: z.string() }).parse(JSON.parse(readFileSync(join(nodeModules, name, "package.json"), "utf8"))).version;
  } catch {
    return null;
  }
}

/** One line per problem; empty when every floor holds. */
export function checkFloors(floors: readonly TFloor[], nodeModules: string): string[] {
  const problems: string[] = [];
  for (const entry of floors) {
    const version = installedVersion(nodeModules, entry.package);
    if (version === null) {
      if (entry.required) problems.push(`${entry.package} is not installed (floor ${entry.floor}).`);
      continue;
    }
    if (compareVersions(version, entry.floor) < 0) {
      problems.push(`${entry.package} ${version} is below its patched floor ${entry.floor}: ${entry.why}. Upgrade it (npm install ${entry.package}@latest).`);
    }
  }
  return problems;
}

export type TAuditVerdict = { kind: "clean" } | { kind: "vulnerable"; high: number; critical: number } | { kind: "unreachable"; reason: string };

/** Reads `npm audit --json` output: counts when the service answered, otherwise why not. */
export function readAuditReport(stdout: string): TAuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { kind: "unreachable", reason: "npm audit printed no report" };
  }
  const counts = z.object({ metadata: z.object({ vulnerabilities: z.object({ high: z.number(), critical: z.number() }) }) }).safeParse(report);
  if (!counts.success) {
    const message = z.object({ message: z.string() }).safeParse(report);
    const nested = z.object({ error: z.object({ summary: z.string() }) }).safeParse(report);
    return { kind: "unreachable", reason: (message.success && message.data.message) || (nested.success && nested.data.error.summary) || "no advisory data in the answer" };
  }
  const { high, critical } = counts.data.metadata.vulnerabilities;
  return high + critical === 0 ? { kind: "clean" } : { kind: "vulnerable", high, critical };
}

function main(): number {
  const floorsOption = process.argv.indexOf("--floors");
  const floorsFile = floorsOption === -1 ? join(import.meta.dirname, "dependency-floors.json") : (process.argv[floorsOption + 1] ?? "");
  const floors = ZFloors.parse(JSON.parse(readFileSync(floorsFile, "utf8"))).floors;
  const problems = checkFloors(floors, join(process.cwd(), "node_modules"));
  for (const problem of problems) console.error(`dependency check: ${problem}`);
  if (problems.length === 0) console.log(`dependency check: ${floors.length} patched floors hold (scripts/dependency-floors.json).`);

  let auditFailed = false;
  if (!process.argv.includes("--skip-audit")) {
    const audit = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
    const verdict = audit.error ? { kind: "unreachable" as const, reason: audit.error.message } : readAuditReport(audit.stdout);
    if (verdict.kind === "clean") console.log("dependency check: npm audit --omit=dev finds no high or critical advisory.");
    else if (verdict.kind === "vulnerable") {
      auditFailed = true;
      console.error(`dependency check: npm audit --omit=dev finds ${verdict.high} high and ${verdict.critical} critical advisories: run \`npm audit --omit=dev\` and upgrade.`);
    } else {
      console.log(`dependency check: the npm advisory service could not be reached (${verdict.reason}), so npm audit was not checked here; the floors above still hold.`);
    }
  }
  return problems.length > 0 || auditFailed ? 1 : 0;
}

if (process.argv[1]?.endsWith("check-dependencies.ts")) process.exit(main());
