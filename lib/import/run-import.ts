import "server-only";
import { expireCacheTags } from "@/lib/articles/expire-cache-tags";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { readSiteSettings } from "@/lib/settings/site-settings";
import { checkExport } from "./check-export";
import { ensureAuthors, ensureTags } from "./ensure-import-people";
import type { TImportContext } from "./import-context";
import type { TImportProgress } from "./import-progress";
import { emptyReport, summariseReport, type TImportReport } from "./import-report";
import type { TImportFormat, TSourcePost } from "./import-types";
import { readExport } from "./read-export";
import { writeImportBatch } from "./write-import-batch";

// An import, start to finish: check the whole file (nothing written if it is damaged), make the
// authors and tags, then write the posts and comments in batches, one transaction each, keeping
// the progress row up to date. Killed midway, the batches written stay written and a re-run
// picks up the rest (unchanged posts are recognised and left alone), ending with the same
// result. The report lands in ImportRun.report and, with the counts, in the audit log.

export type TRunImportInput = {
  runId: string;
  format: TImportFormat;
  path: string;
  actor: TCurrentUser;
  dryRun: boolean;
  onProgress?: (progress: TImportProgress) => void;
};

const BATCH_POSTS = 100;
const BATCH_COMMENTS = 4_000;
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 } as const;

/** Creates the row that tracks an import (the admin page lists it; the command line too). */
export async function createImportRun(input: { format: TImportFormat; fileName: string; filePath: string | null; dryRun: boolean; actorId: string }): Promise<string> {
  const run = await db.importRun.create({
    data: { format: input.format, fileName: input.fileName.slice(0, 300), filePath: input.filePath, dryRun: input.dryRun, createdById: input.actorId },
    select: { id: true },
  });
  return run.id;
}

/**
 * Two imports of one site at once (the command line and the admin page, or a run "killed" that
 * still goes on) take turns batch by batch: each batch reads what the other committed before it.
 */
async function lockSource(tx: Prisma.TransactionClient, source: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${source}))::text`;
}

export async function runImport(input: TRunImportInput): Promise<TImportReport> {
  const startedAt = new Date();
  await db.importRun.update({ where: { id: input.runId }, data: { status: "RUNNING", startedAt, doneItems: 0, error: null } });
  const report = emptyReport();
  try {
    const summary = await checkExport(input.format, input.path, report);
    const total = summary.posts + summary.comments;
    await db.importRun.update({ where: { id: input.runId }, data: { totalItems: total } });
    const { defaultCommentPolicy } = await readSiteSettings();
    const ctx: TImportContext = {
      source: `${input.format}:${summary.siteUrl || "unknown-site"}`,
      actor: input.actor,
      dryRun: input.dryRun,
      defaultCommentPolicy,
      authorIds: new Map(),
      tagIds: new Map(),
      attachments: summary.attachments,
      commenterIds: new Map(),
      report,
      cacheTags: new Set(),
    };
    await db.$transaction(async (tx) => {
      await lockSource(tx, ctx.source);
      await ensureAuthors(tx, ctx, summary.authors, summary.usedAuthorKeys);
      await ensureTags(tx, ctx, summary.tags, summary.usedTagSlugs);
    }, TRANSACTION);
    let done = 0;
    const progress = () => input.onProgress?.({ done, total, startedAt, now: new Date() });
    progress();
    let batch: TSourcePost[] = [];
    let batchComments = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const posts = batch;
      const items = posts.length + batchComments;
      batch = [];
      batchComments = 0;
      await db.$transaction(async (tx) => {
        await lockSource(tx, ctx.source);
        await writeImportBatch(tx, ctx, posts);
        done += items;
        await tx.importRun.update({ where: { id: input.runId }, data: { doneItems: done } });
      }, TRANSACTION);
      progress();
    };
    for await (const event of readExport(input.format, input.path)) {
      if (event.kind !== "post") continue;
      batch.push(event.post);
      batchComments += event.post.comments.length;
      if (batch.length >= BATCH_POSTS || batchComments >= BATCH_COMMENTS) await flush();
    }
    await flush();
    await db.$transaction(async (tx) => {
      await tx.importRun.update({ where: { id: input.runId }, data: { status: "DONE", finishedAt: new Date(), doneItems: total, report: report as unknown as Prisma.InputJsonValue } });
      await recordAuditEvent(tx, {
        actorId: input.actor.id,
        action: input.dryRun ? "site.import_checked" : "site.imported",
        targetType: "ImportRun",
        targetId: input.runId,
        detail: { format: input.format, dryRun: input.dryRun, counts: report.counts, summary: summariseReport(report) },
      });
    });
    if (!input.dryRun) await expireCacheTags(ctx.cacheTags);
    return report;
  } catch (error) {
    const message = isAppError(error) ? error.publicMessage : "The import stopped because of an unexpected error; see the server log. Run it again: what was written is kept and the rest follows.";
    if (!isAppError(error)) logError("import failed", error, { runId: input.runId, format: input.format });
    await db.$transaction(async (tx) => {
      await tx.importRun.update({ where: { id: input.runId }, data: { status: "FAILED", finishedAt: new Date(), error: message, report: report as unknown as Prisma.InputJsonValue } });
      await recordAuditEvent(tx, { actorId: input.actor.id, action: "site.import_failed", targetType: "ImportRun", targetId: input.runId, detail: { format: input.format, reason: message.slice(0, 300) } });
    });
    throw error;
  }
}
