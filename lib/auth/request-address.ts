import "server-only";
import { headers } from "next/headers";

// The client address, for per-address rate limits. TRUST ASSUMPTION: Masthead runs behind a
// reverse proxy (nginx, a load balancer, a CDN) that sets X-Real-IP to the address it saw, or
// that replaces any X-Forwarded-For the client sent with the client's address. Next itself
// fills X-Forwarded-For with the socket's address only when the header is absent.
// Without such a proxy a client can send any address it likes and dodge the per-address
// limits; the per-account limits (keyed by email) still hold, because no header moves them.

export const UNKNOWN_ADDRESS = "unknown";

// IPv4, IPv6 (with an optional zone) and IPv4-mapped IPv6: digits, hex, dots and colons.
const ADDRESS_SHAPE = /^[0-9A-Fa-f:.]{2,45}(%[A-Za-z0-9_.-]{1,16})?$/;

/** The first address in an X-Forwarded-For or X-Real-IP value, if it looks like one. */
export function parseClientAddress(forwardedFor: string | null, realIp: string | null): string {
  for (const candidate of [realIp, forwardedFor?.split(",")[0]]) {
    const trimmed = candidate?.trim();
    if (trimmed && ADDRESS_SHAPE.test(trimmed)) return trimmed.toLowerCase();
  }
  return UNKNOWN_ADDRESS;
}

export async function requestAddress(): Promise<string> {
  const requestHeaders = await headers();
  return parseClientAddress(requestHeaders.get("x-forwarded-for"), requestHeaders.get("x-real-ip"));
}
