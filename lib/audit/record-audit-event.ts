import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What happened, in `noun.verb_past` form. New writers add their own; the audit page shows
 * unknown actions as they are, so adding one here is for readers of the code, not a migration.
 */
export type TAuditAction =
  | "user.role_changed"
  | "user.tier_changed"
  | "user.banned"
  | "user.unbanned"
  | "user.password_changed"
  | "user.deleted"
  | (string & {});

export type TAuditEventInput = {
  /** Who did it; null for the system (a scheduled job, a migration). */
  actorId: string | null;
  action: TAuditAction;
  /** The model the action was about, as Prisma names it: "User", "Article", "Comment". */
  targetType: string;
  targetId: string | null;
  /** What changed, e.g. `{ from: "MEMBER", to: "EDITOR" }`. Never personal data (emails, names). */
  detail?: Prisma.InputJsonValue;
};

/**
 * Writes an audit row inside the caller's transaction, so the change and its record commit or
 * roll back together: there is no audited change without its row, and no row without the change.
 */
export async function recordAuditEvent(tx: Prisma.TransactionClient, event: TAuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      ...(event.detail !== undefined ? { detail: event.detail } : {}),
    },
  });
}
