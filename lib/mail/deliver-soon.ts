import "server-only";
import { logError } from "@/lib/log";
import { deliverPendingEmails } from "./deliver-pending-emails";

/**
 * Runs the outbox sender after a request has enqueued email, without making the reader wait:
 * the request answers at once and a failure is only logged (the email is safe in the outbox
 * either way). The run also retries earlier emails that failed.
 */
export function deliverSoon(): void {
  deliverPendingEmails().catch((error: unknown) => logError("outbox: delivery run failed", error));
}
