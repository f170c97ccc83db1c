import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TEmailKind = "verify-email" | "reset-password" | "staff-invitation" | "sign-up-attempt" | "article-submitted" | "comment-featured" | "comment-reply" | "webhook-paused";

export type TOutgoingEmail = {
  to: string;
  subject: string;
  /** Plain text only: nothing in it is ever interpreted as markup. */
  text: string;
  kind: TEmailKind;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on notifications. */
  headers?: Record<string, string>;
  /**
   * One email per event: an email whose key is already in the outbox is not written again
   * (a reply approved, undone and approved again notifies once).
   */
  dedupeKey?: string;
};

/**
 * Writes the email to the outbox inside the caller's transaction, so the change that causes
 * it (a new account, a reset link) and the email commit or roll back together. Sending happens
 * afterwards (deliverPendingEmails); without SMTP the email waits in /admin/mailbox.
 */
export async function enqueueEmail(tx: Prisma.TransactionClient, email: TOutgoingEmail): Promise<string> {
  if (email.dedupeKey) {
    // Inside the caller's transaction: the unique key makes a concurrent twin fail and retry.
    const earlier = await tx.outboxEmail.findUnique({ where: { dedupeKey: email.dedupeKey }, select: { id: true } });
    if (earlier) return earlier.id;
  }
  const row = await tx.outboxEmail.create({
    data: {
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      kind: email.kind,
      ...(email.headers ? { headers: email.headers } : {}),
      ...(email.dedupeKey ? { dedupeKey: email.dedupeKey } : {}),
    },
    select: { id: true },
  });
  return row.id;
}
