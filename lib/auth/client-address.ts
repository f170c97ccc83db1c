import { isIP } from "node:net";
import type { TTrustedProxies } from "./trusted-proxies";

// Which address a request came from, for per-address limits. Pure (tested in
// tests/unit/auth-request-address.test.ts); lib/auth/request-address.ts feeds it a request.
//
// The socket's address is the truth. Only when the socket belongs to a trusted proxy
// (TRUSTED_PROXIES) do we read X-Forwarded-For, from the right: each trusted proxy appends the
// address it saw, so the first address from the right that is not a trusted proxy is the
// client. Whatever a client writes into the header itself sits to the left of that and is
// never read. Without trusted proxies the headers are ignored entirely.

export const UNKNOWN_ADDRESS = "unknown";

/** A lower-case IP address, IPv4-mapped IPv6 unwrapped ("::ffff:10.0.0.1" -> "10.0.0.1"); null if not an address. */
export function normalizeAddress(value: string | null | undefined): string | null {
  const trimmed = value?.trim().toLowerCase();
  if (!trimmed) return null;
  const unwrapped = trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  return isIP(unwrapped) === 0 ? null : unwrapped;
}

export type TAddressSources = {
  /** The TCP peer, as the server saw it (lib/auth/socket-address-stamp.ts). */
  socketAddress: string | null;
  forwardedFor: string | null;
  realIp: string | null;
};

export function resolveClientAddress(sources: TAddressSources, trusted: TTrustedProxies): string {
  const socket = normalizeAddress(sources.socketAddress);
  if (!socket) return UNKNOWN_ADDRESS;
  if (!trusted.has(socket)) return socket;
  const hops = (sources.forwardedFor ?? "").split(",").filter((hop) => hop.trim() !== "");
  let nearest = socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    // Garbage where an address should be: the hop that wrote it is the last one we can vouch for.
    if (!hop) return nearest;
    if (!trusted.has(hop)) return hop;
    nearest = hop;
  }
  // Every hop was a proxy of ours: a proxy that sets X-Real-IP instead says who it saw.
  return normalizeAddress(sources.realIp) ?? nearest;
}
