import "server-only";
import { assertPermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { OutboxStatus } from "@/lib/generated/prisma/client";
import { encodeKeysetCursor, type TKeysetCursor } from "@/lib/pagination/keyset-cursor";

export const MAILBOX_PAGE_SIZE = 50;

export type TOutboxEmailView = {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

export type TOutboxPage = { emails: TOutboxEmailView[]; nextCursor: string | null };

/**
 * The outbox, newest first, for admins (the mailbox page). The bodies hold live sign-in links,
 * so the permission is checked here, where the data is read, not only by the page.
 */
export async function listOutboxEmails(viewer: TCurrentUser | null, after: TKeysetCursor | null): Promise<TOutboxPage> {
  assertPermission(viewer, "mailbox:read");
  const afterDate = after ? new Date(after.at) : null;
  const rows = await db.outboxEmail.findMany({
    where:
      after && afterDate
        ? { OR: [{ createdAt: { lt: afterDate } }, { createdAt: afterDate, id: { lt: after.id } }] }
        : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAILBOX_PAGE_SIZE + 1,
  });
  const emails = rows.slice(0, MAILBOX_PAGE_SIZE).map((row) => ({
    id: row.id,
    toAddress: row.toAddress,
    subject: row.subject,
    textBody: row.textBody,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  }));
  const last = emails.at(-1);
  const nextCursor = rows.length > MAILBOX_PAGE_SIZE && last ? encodeKeysetCursor({ at: last.createdAt, id: last.id }) : null;
  return { emails, nextCursor };
}
