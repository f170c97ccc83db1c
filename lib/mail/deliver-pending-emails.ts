import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { logError, logInfo } from "@/lib/log";

// The outbox's sender. Each email is sent inside its own short transaction that holds the
// row's lock (FOR UPDATE SKIP LOCKED): two senders, in one process or many, never pick the same
// email, and a sender that dies mid-send leaves the row PENDING for the next one. An email is
// sent at least once, never "maybe never": if the final UPDATE fails after SMTP accepted the
// message, the next run sends it again.

export const MAX_DELIVERY_ATTEMPTS = 5;
const SMTP_TIMEOUT_MS = 15_000;
const DEFAULT_BATCH = 50;

export type TDeliveryReport = { sent: number; failed: number };

export type TDeliveryOptions = {
  /** Defaults to SMTP_URL; without one, nothing is sent and emails wait in /admin/mailbox. */
  smtpUrl?: string | undefined;
  /** Only these emails (the ones a request just enqueued); otherwise every pending email. */
  ids?: readonly string[];
  /** At most this many emails per run. */
  limit?: number;
};

type TPendingEmail = { id: string; toAddress: string; subject: string; textBody: string; headers: Prisma.JsonValue; attempts: number };
type TOutcome = "sent" | "failed";

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl, {
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    });
    transports.set(smtpUrl, transport);
  }
  return transport;
}

export async function deliverPendingEmails(options: TDeliveryOptions = {}): Promise<TDeliveryReport> {
  const smtpUrl = "smtpUrl" in options ? options.smtpUrl : serverEnv().SMTP_URL;
  const report: TDeliveryReport = { sent: 0, failed: 0 };
  if (!smtpUrl || options.ids?.length === 0) return report;
  const transport = transportFor(smtpUrl);
  // A failed email stays PENDING for the next run, not for the next turn of this loop.
  const tried: string[] = [];
  for (let count = 0; count < (options.limit ?? DEFAULT_BATCH); count++) {
    const outcome = await deliverNextEmail(transport, options.ids, tried);
    if (!outcome) break;
    report[outcome] += 1;
  }
  if (report.sent + report.failed > 0) logInfo("outbox delivered", report);
  return report;
}

async function deliverNextEmail(transport: Transporter, ids: readonly string[] | undefined, tried: string[]): Promise<TOutcome | null> {
  const onlyIds = ids ? Prisma.sql`AND "id" IN (${Prisma.join(ids)})` : Prisma.empty;
  const notTried = tried.length > 0 ? Prisma.sql`AND "id" NOT IN (${Prisma.join(tried)})` : Prisma.empty;
  return db.$transaction(
    async (tx) => {
      const [email] = await tx.$queryRaw<TPendingEmail[]>`
        SELECT "id", "toAddress", "subject", "textBody", "headers", "attempts"
        FROM "OutboxEmail"
        WHERE "status" = 'PENDING' ${onlyIds} ${notTried}
        ORDER BY "createdAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!email) return null;
      tried.push(email.id);
      const attempts = email.attempts + 1;
      try {
        await transport.sendMail({
          from: serverEnv().MAIL_FROM,
          to: email.toAddress,
          subject: email.subject,
          text: email.textBody,
          headers: stringHeaders(email.headers),
        });
        await tx.outboxEmail.update({
          where: { id: email.id },
          data: { status: "SENT", sentAt: new Date(), attempts, lastError: null },
        });
        return "sent";
      } catch (error) {
        logError("outbox: sending failed", error, { emailId: email.id, attempts });
        await tx.outboxEmail.update({
          where: { id: email.id },
          data: {
            attempts,
            lastError: describeError(error),
            status: attempts >= MAX_DELIVERY_ATTEMPTS ? "FAILED" : "PENDING",
          },
        });
        return "failed";
      }
    },
    { maxWait: 10_000, timeout: 4 * SMTP_TIMEOUT_MS },
  );
}

/** OutboxEmail.headers as nodemailer takes them: only string values, anything else is ignored. */
function stringHeaders(headers: Prisma.JsonValue): Record<string, string> {
  if (!headers || typeof headers !== "object" || Array.isArray(headers)) return {};
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === "string") result[name] = value;
  }
  return result;
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, 500);
}
