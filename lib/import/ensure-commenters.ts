import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TImportContext } from "./import-context";
import { countItem } from "./import-report";
import type { TSourceComment } from "./import-types";

// Who wrote each imported comment. A commenter whose email belongs to a verified Masthead
// account gets the comment on that account. Anyone else gets a stand-in member account (no
// password, an address under .invalid so nothing is ever mailed to it and nobody can sign up
// with it) shown under their name; claimImportedComments hands the comments over when someone
// verifies the commenter's email (docs/decisions/0014).

type TTx = Prisma.TransactionClient;

export function commenterKey(comment: Pick<TSourceComment, "authorEmail" | "authorName">): string {
  return comment.authorEmail ? `email:${comment.authorEmail}` : `name:${comment.authorName.toLowerCase()}`;
}

export async function ensureCommenters(tx: TTx, ctx: TImportContext, comments: readonly TSourceComment[]): Promise<void> {
  const missing = new Map<string, TSourceComment>();
  for (const comment of comments) {
    const key = commenterKey(comment);
    if (!ctx.commenterIds.has(key) && !missing.has(key)) missing.set(key, comment);
  }
  if (missing.size === 0) return;
  const records = await tx.importedRecord.findMany({ where: { source: ctx.source, kind: "commenter", sourceId: { in: [...missing.keys()] } }, select: { sourceId: true, targetId: true } });
  for (const record of records) {
    ctx.commenterIds.set(record.sourceId, record.targetId);
    missing.delete(record.sourceId);
    countItem(ctx.report, "commenters", "unchanged");
  }
  const emails = [...missing.values()].map((comment) => comment.authorEmail).filter(Boolean);
  const verified = emails.length > 0
    ? await tx.user.findMany({ where: { email: { in: emails }, emailVerified: { not: null }, deletedAt: null }, select: { id: true, email: true } })
    : [];
  const verifiedByEmail = new Map(verified.map((user) => [user.email, user.id]));
  const stand: { id: string; email: string; name: string; realEmail: string; key: string }[] = [];
  for (const [key, comment] of missing) {
    const existing = comment.authorEmail ? verifiedByEmail.get(comment.authorEmail) : undefined;
    if (existing) {
      ctx.commenterIds.set(key, existing);
      countItem(ctx.report, "commenters", "unchanged");
      continue;
    }
    countItem(ctx.report, "commenters", "created");
    const id = randomUUID();
    const digest = createHash("sha256").update(`${ctx.source}\n${key}`).digest("hex").slice(0, 24);
    stand.push({ id, email: `commenter-${digest}@imported.invalid`, name: comment.authorName.slice(0, 100), realEmail: comment.authorEmail, key });
    ctx.commenterIds.set(key, id);
  }
  if (ctx.dryRun || stand.length === 0) return;
  await tx.user.createMany({ data: stand.map((user) => ({ id: user.id, email: user.email, name: user.name, role: "MEMBER" as const, passwordHash: null, emailVerified: null })) });
  await tx.importedCommenter.createMany({ data: stand.map((user) => ({ userId: user.id, email: user.realEmail, name: user.name })) });
  await tx.importedRecord.createMany({ data: stand.map((user) => ({ source: ctx.source, kind: "commenter", sourceId: user.key, targetId: user.id })) });
}
