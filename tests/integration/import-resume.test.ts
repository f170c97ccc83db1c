// An import killed midway (the command line, SIGKILL) leaves its finished batches; running it
// again completes it with exactly the result of an uninterrupted run: nothing duplicated.
import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { importSiteFile } from "@/lib/import/import-site";
import { createUser, uniqueSuffix } from "../factories";
import { wordpressSlice, removeScratchDirs } from "./import-fixtures";

afterAll(removeScratchDirs);

const POSTS = 600;

/** Runs the command line until its progress line shows written items, then kills it. */
function importUntilSomeIsWritten(file: string, email: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "--tsconfig", "scripts/tsconfig.import.json", "scripts/import-site.ts", "--format", "wordpress", file, "--as", email], {
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: the kill must reach node under npx and tsx, as a kill -9 of the
      // import would, or the "killed" import would go on writing beside the second run.
      detached: true,
    });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const done = [...output.matchAll(/^([\d,]+) of ([\d,]+) items/gm)].map((match) => Number(match[1]!.replace(/,/g, "")));
      if (done.some((count) => count > 0) && child.pid && child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    });
    child.on("exit", () => resolve(output));
    child.on("error", reject);
  });
}

describe("an interrupted import", () => {
  it("finishes on a second run with the same result as one uninterrupted run", async () => {
    const suffix = uniqueSuffix().replace(/[^a-z0-9]/gi, "").toLowerCase();
    const source = `https://resume-${suffix}.example.org`;
    const file = wordpressSlice(POSTS, { siteUrl: source, slugPrefix: `r${suffix}-` });
    const user = await createUser({ role: "ADMIN" });
    const admin: TCurrentUser = { id: user.id, email: user.email, name: user.name, role: "ADMIN", tier: "FREE", emailVerified: true };

    const output = await importUntilSomeIsWritten(file, user.email);
    expect(output).not.toMatch(/^Imported:/m);
    const partial = await db.importedRecord.count({ where: { source: `wordpress:${source}`, kind: "post" } });
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(POSTS);

    const { report } = await importSiteFile({ actor: admin, format: "wordpress", path: file, dryRun: false });
    expect(report.counts.posts.unchanged).toBe(partial);
    expect(report.counts.posts.created).toBe(POSTS - partial);
    const records = await db.importedRecord.findMany({ where: { source: `wordpress:${source}`, kind: "post" }, select: { targetId: true } });
    expect(records).toHaveLength(POSTS);
    const ids = records.map((record) => record.targetId);
    expect(await db.article.count({ where: { slug: { startsWith: `r${suffix}-` } } })).toBe(POSTS);
    const comments = await db.comment.count({ where: { articleId: { in: ids } } });
    expect(comments).toBe(report.counts.comments.created + report.counts.comments.unchanged);
    expect(await db.importedRecord.count({ where: { source: `wordpress:${source}`, kind: "comment" } })).toBe(comments);

    // A third run finds everything in place.
    const again = await importSiteFile({ actor: admin, format: "wordpress", path: file, dryRun: false });
    expect(again.report.counts.posts).toMatchObject({ created: 0, unchanged: POSTS });
    expect(await db.comment.count({ where: { articleId: { in: ids } } })).toBe(comments);

    // The killed run's row still says "running", which would hold back the admin page's imports
    // for two minutes (lib/import/start-import-upload.ts): close it as the operator would.
    await db.importRun.updateMany({ where: { createdById: user.id, status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "FAILED", error: "Stopped (test)" } });
  }, 240_000);
});
