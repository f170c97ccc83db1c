import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { assertPermission } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInputOrThrow } from "@/lib/members/parse-input";

// Keys for the read-only content API. The key is shown once, when it is made; only its SHA-256
// is stored (a leaked database hands out no working key), with a short prefix so admins can
// tell keys apart. A key is 32 random bytes: a fast hash is enough, nothing to brute-force.

export const API_KEY_PREFIX = "mh_";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export const ZCreateApiKeyInput = z.object({
  name: z.string().trim().min(1, { message: "Name the key after who uses it, e.g. “Mobile app”." }).max(100, { message: "Keep the name under 100 characters." }),
});
export const ZRevokeApiKeyInput = z.object({ keyId: z.string().trim().min(1, { message: "Which key?" }).max(64) });

export type TApiKeyListEntry = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

export async function createApiKeyFor(actor: TCurrentUser, rawInput: z.input<typeof ZCreateApiKeyInput>): Promise<{ id: string; key: string }> {
  assertPermission(actor, "integrations:manage");
  const { name } = parseInputOrThrow(ZCreateApiKeyInput, rawInput);
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({ data: { name, prefix: key.slice(0, 10), keyHash: hashApiKey(key), createdById: actor.id }, select: { id: true } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "api_key.created", targetType: "ApiKey", targetId: row.id, detail: { name } });
    return row;
  });
  return { id: created.id, key };
}

export async function revokeApiKeyFor(actor: TCurrentUser, rawInput: z.input<typeof ZRevokeApiKeyInput>): Promise<void> {
  assertPermission(actor, "integrations:manage");
  const { keyId } = parseInputOrThrow(ZRevokeApiKeyInput, rawInput);
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id: keyId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new AppError("NOT_FOUND", "That key does not exist or was already revoked.");
    await recordAuditEvent(tx, { actorId: actor.id, action: "api_key.revoked", targetType: "ApiKey", targetId: keyId });
  });
}

export async function listApiKeysFor(actor: TCurrentUser): Promise<TApiKeyListEntry[]> {
  assertPermission(actor, "integrations:manage");
  const rows = await db.apiKey.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200 });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
}

const LAST_USED_PRECISION_MS = 60_000;

/** The live key a request presents, or null. Notes its use at most once a minute (no write per request). */
export async function findActiveApiKey(key: string): Promise<{ id: string } | null> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 100) return null;
  const row = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(key) }, select: { id: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.apiKey.updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }] }, data: { lastUsedAt: now } });
  }
  return { id: row.id };
}
