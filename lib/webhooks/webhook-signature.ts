import { createHmac, timingSafeEqual } from "node:crypto";

// Deliveries are signed like Stripe's: the header
//   Masthead-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" under the hook's secret>
// A receiver recomputes v1 over the raw body it got, compares in constant time, and refuses a
// t more than five minutes from its clock (a replayed old delivery). docs/webhooks.md.

export const SIGNATURE_HEADER = "masthead-signature";
export const DELIVERY_HEADER = "masthead-delivery";
export const EVENT_HEADER = "masthead-event";
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signWebhookBody(secret: string, body: string, timestampSeconds: number): string {
  const digest = createHmac("sha256", secret).update(`${timestampSeconds}.${body}`).digest("hex");
  return `t=${timestampSeconds},v1=${digest}`;
}

/** What a receiver does; used by the tests and shown in the documentation. */
export function verifyWebhookSignature(secret: string, body: string, header: string | null, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(",").map((part) => part.split("=", 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS || !parts.v1) return false;
  const expected = Buffer.from(signWebhookBody(secret, body, timestamp).split("v1=")[1] ?? "", "hex");
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
