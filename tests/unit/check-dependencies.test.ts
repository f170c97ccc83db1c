import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkFloors, compareVersions, readAuditReport, type TFloor } from "@/scripts/check-dependencies";

const repo = join(import.meta.dirname, "../..");
const root = mkdtempSync(join(tmpdir(), "masthead-dependency-check-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fakeNodeModules(packages: Record<string, string>): string {
  const dir = mkdtempSync(join(root, "node_modules-"));
  for (const [name, version] of Object.entries(packages)) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, "package.json"), JSON.stringify({ name, version }));
  }
  return dir;
}

const floor = (name: string, version: string, required = true): TFloor => ({ package: name, floor: version, required, why: "test advisory" });

describe("compareVersions", () => {
  it("compares numerically, with pre-releases below their release", () => {
    expect(compareVersions("16.10.0", "16.9.9")).toBe(1);
    expect(compareVersions("16.0.7", "16.0.10")).toBe(-1);
    expect(compareVersions("19.2.4", "19.2.4")).toBe(0);
    expect(compareVersions("16.1.0-canary.3", "16.1.0")).toBe(-1);
  });
});

describe("checkFloors", () => {
  it("names a package below its floor, a missing required one, and ignores a missing optional one", () => {
    const nodeModules = fakeNodeModules({ next: "16.0.6", "next-auth": "4.24.15" });
    const problems = checkFloors([floor("next", "16.1.5"), floor("next-auth", "4.24.12"), floor("react", "19.2.4"), floor("react-server-dom-webpack", "19.2.4", false)], nodeModules);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^next 16\.0\.6 is below its patched floor 16\.1\.5/);
    expect(problems[1]).toMatch(/^react is not installed/);
  });

  it("holds for the packages installed in this checkout", () => {
    const { floors } = JSON.parse(readFileSync(join(repo, "scripts/dependency-floors.json"), "utf8")) as { floors: TFloor[] };
    expect(floors.map((entry) => entry.package)).toEqual(expect.arrayContaining(["next", "react", "next-auth"]));
    expect(checkFloors(floors, join(repo, "node_modules"))).toEqual([]);
  });

  it("fails the CI command when a floor is above what is installed", () => {
    const floorsFile = join(root, "floors.json");
    writeFileSync(floorsFile, JSON.stringify({ floors: [floor("next", "99.0.0")] }));
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-dependencies.ts", "--skip-audit", "--floors", floorsFile], { cwd: repo, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/next \S+ is below its patched floor 99\.0\.0/);
  });
});

describe("readAuditReport", () => {
  it("counts high and critical advisories when the service answered", () => {
    expect(readAuditReport(JSON.stringify({ metadata: { vulnerabilities: { low: 3, moderate: 1, high: 0, critical: 0 } } }))).toEqual({ kind: "clean" });
    expect(readAuditReport(JSON.stringify({ metadata: { vulnerabilities: { high: 2, critical: 1 } } }))).toEqual({ kind: "vulnerable", high: 2, critical: 1 });
  });

  it("says the service was unreachable instead of failing (what this machine's registry answers)", () => {
    const offline = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405, error: { summary: "", detail: "" } });
    expect(readAuditReport(offline)).toEqual({ kind: "unreachable", reason: expect.stringContaining("405") });
    expect(readAuditReport("")).toMatchObject({ kind: "unreachable" });
  });
});
