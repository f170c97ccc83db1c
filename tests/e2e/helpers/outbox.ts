// Tests read email where the app writes it: the OutboxEmail table (no SMTP in tests).
import { db } from "@/lib/db/client";

export type TSentEmail = { subject: string; textBody: string; kind: string; createdAt: Date };

/** The newest email of this kind to this address. The row is written before the page answers; the wait is a margin. */
export async function latestEmailTo(address: string, kind: string): Promise<TSentEmail> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const email = await db.outboxEmail.findFirst({
      where: { toAddress: address.toLowerCase(), kind },
      orderBy: { createdAt: "desc" },
      select: { subject: true, textBody: true, kind: true, createdAt: true },
    });
    if (email) return email;
    if (Date.now() > deadline) throw new Error(`No email of kind ${kind} to ${address} in the outbox`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function countEmailsTo(address: string, kind?: string): Promise<number> {
  return db.outboxEmail.count({ where: { toAddress: address.toLowerCase(), ...(kind ? { kind } : {}) } });
}

/**
 * The path and query of the first link in the email to `pathname` ("/verify-email"). Emails
 * carry SITE_URL, which is not the address the tests' server listens on, so tests open the
 * path on their own server.
 */
export function linkPathIn(email: TSentEmail, pathname: string): string {
  for (const candidate of email.textBody.match(/https?:\/\/\S+/g) ?? []) {
    const url = new URL(candidate);
    if (url.pathname === pathname) return `${url.pathname}${url.search}`;
  }
  throw new Error(`No ${pathname} link in the email:\n${email.textBody}`);
}
