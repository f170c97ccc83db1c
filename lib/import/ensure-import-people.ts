import "server-only";
import { randomUUID } from "node:crypto";
import { cacheTags } from "@/lib/articles/cache-tags";
import { deriveSlug } from "@/lib/articles/write/derive-slug";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TImportContext } from "./import-context";
import { addNote, countItem } from "./import-report";
import type { TSourceAuthor, TSourceTag } from "./import-types";

// Authors become staff accounts (AUTHOR) without a password: an admin invites them (a password
// reset link sets one). An author whose email already has an account is that account. Tags are
// matched by slug, so the old /tag/<slug>/ and /category/<slug>/ addresses map onto ours.

type TTx = Prisma.TransactionClient;

export async function ensureAuthors(tx: TTx, ctx: TImportContext, authors: ReadonlyMap<string, TSourceAuthor>, usedKeys: ReadonlySet<string>): Promise<void> {
  const keys = [...usedKeys];
  const records = await tx.importedRecord.findMany({ where: { source: ctx.source, kind: "author", sourceId: { in: keys } }, select: { sourceId: true, targetId: true } });
  const recorded = new Map(records.map((record) => [record.sourceId, record.targetId]));
  const existingUsers = await tx.user.findMany({ where: { id: { in: [...recorded.values()] } }, select: { id: true } });
  const alive = new Set(existingUsers.map((user) => user.id));
  for (const key of keys) {
    const known = recorded.get(key);
    if (known && alive.has(known)) {
      ctx.authorIds.set(key, known);
      countItem(ctx.report, "authors", "unchanged");
      continue;
    }
    const author = authors.get(key) ?? { key, email: "", name: key, handle: key, bio: "" };
    const email = author.email || `${deriveSlug(key) || "author"}@imported-author.invalid`;
    const byEmail = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, handle: true } });
    let userId = byEmail?.id;
    if (byEmail) {
      countItem(ctx.report, "authors", "unchanged");
      addNote(ctx.report, `author ${key}`, byEmail.role === "MEMBER" ? "has a member account with this email: the byline is that account, which stays a member until an admin changes its role" : "already has a newsroom account with this email");
    } else {
      countItem(ctx.report, "authors", "created");
      if (!author.email) addNote(ctx.report, `author ${key}`, `no email in the export: the account has ${email} until an admin changes it`);
      if (ctx.dryRun) continue;
      const handle = await freeHandle(tx, deriveSlug(author.handle) || deriveSlug(author.name) || "author");
      userId = randomUUID();
      await tx.user.create({ data: { id: userId, email, name: author.name.slice(0, 100), handle, bio: author.bio, role: "AUTHOR", passwordHash: null, emailVerified: null } });
      ctx.cacheTags.add(cacheTags.author(handle));
    }
    if (ctx.dryRun || !userId) continue;
    ctx.authorIds.set(key, userId);
    await tx.importedRecord.upsert({
      where: { source_kind_sourceId: { source: ctx.source, kind: "author", sourceId: key } },
      create: { source: ctx.source, kind: "author", sourceId: key, targetId: userId },
      update: { targetId: userId },
    });
  }
}

async function freeHandle(tx: TTx, base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.user.findUnique({ where: { handle: candidate }, select: { id: true } }))) return candidate;
  }
}

export async function ensureTags(tx: TTx, ctx: TImportContext, tags: ReadonlyMap<string, TSourceTag>, usedSlugs: ReadonlySet<string>): Promise<void> {
  const wanted = [...usedSlugs].map((raw) => ({ raw, slug: deriveSlug(raw) || deriveSlug(tags.get(raw)?.name ?? "") })).filter((tag) => tag.slug);
  const existing = await tx.tag.findMany({ where: { slug: { in: wanted.map((tag) => tag.slug) } }, select: { id: true, slug: true } });
  const bySlug = new Map(existing.map((tag) => [tag.slug, tag.id]));
  for (const { raw, slug } of wanted) {
    let id = bySlug.get(slug);
    if (id) countItem(ctx.report, "tags", "unchanged");
    else {
      countItem(ctx.report, "tags", "created");
      if (ctx.dryRun) continue;
      const source = tags.get(raw);
      id = randomUUID();
      await tx.tag.create({ data: { id, slug, name: (source?.name || raw).slice(0, 60), description: source?.description ?? "" } });
      bySlug.set(slug, id);
      ctx.cacheTags.add(cacheTags.tags).add(cacheTags.tag(slug));
    }
    ctx.tagIds.set(raw, id);
  }
}
