import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeKeysetCursor, type TKeysetCursor } from "@/lib/pagination/keyset-cursor";

export const AUDIT_EVENTS_PER_PAGE = 50;

export type TAuditEventEntry = {
  id: string;
  /** ISO 8601. */
  createdAt: string;
  action: string;
  actor: { id: string; name: string } | null;
  targetType: string;
  targetId: string | null;
  /** The target's current name when it is a user, for reading the log without looking ids up. */
  targetName: string | null;
  detail: Prisma.JsonValue;
};

export type TAuditEventPage = { events: TAuditEventEntry[]; nextCursor: string | null };

export type TListAuditEventsInput = {
  /** Start after this event (the previous page's nextCursor, decoded); null for the newest. */
  cursor: TKeysetCursor | null;
  /** Only events about this user. */
  targetUserId?: string;
};

/** The audit log, newest first. */
export async function listAuditEvents(input: TListAuditEventsInput): Promise<TAuditEventPage> {
  return listAuditEventsFor(await requirePermission("audit:read"), input);
}

export async function listAuditEventsFor(actor: TCurrentUser, input: TListAuditEventsInput): Promise<TAuditEventPage> {
  assertPermission(actor, "audit:read");
  const { cursor, targetUserId } = input;
  const cursorAt = cursor ? new Date(cursor.at) : null;
  const rows = await db.auditEvent.findMany({
    where: {
      ...(targetUserId !== undefined ? { targetType: "User", targetId: targetUserId } : {}),
      ...(cursor && cursorAt
        ? { OR: [{ createdAt: { lt: cursorAt } }, { createdAt: cursorAt, id: { lt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_EVENTS_PER_PAGE + 1,
    include: { actor: { select: { id: true, name: true } } },
  });
  const shown = rows.slice(0, AUDIT_EVENTS_PER_PAGE);
  const targetUserIds = [...new Set(shown.flatMap((row) => (row.targetType === "User" && row.targetId ? [row.targetId] : [])))];
  const targetNames = new Map(
    (await db.user.findMany({ where: { id: { in: targetUserIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]),
  );
  const last = shown.at(-1);
  return {
    events: shown.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      action: row.action,
      actor: row.actor,
      targetType: row.targetType,
      targetId: row.targetId,
      targetName: row.targetType === "User" && row.targetId ? (targetNames.get(row.targetId) ?? null) : null,
      detail: row.detail,
    })),
    nextCursor: rows.length > AUDIT_EVENTS_PER_PAGE && last ? encodeKeysetCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
  };
}
