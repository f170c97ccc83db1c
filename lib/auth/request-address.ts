import "server-only";
import { headers } from "next/headers";
import { trustedProxies } from "@/lib/env";
import { resolveClientAddress, UNKNOWN_ADDRESS } from "./client-address";
import { SOCKET_ADDRESS_HEADER } from "./socket-address-stamp";

// The client address, for per-address rate limits: the socket's address, or, when the socket
// is a trusted proxy (TRUSTED_PROXIES), the address that proxy saw (lib/auth/client-address.ts).

export { UNKNOWN_ADDRESS };

/** The client address of a request whose headers we hold (route handlers). */
export function clientAddressFrom(requestHeaders: Pick<Headers, "get">): string {
  return resolveClientAddress(
    {
      socketAddress: requestHeaders.get(SOCKET_ADDRESS_HEADER),
      forwardedFor: requestHeaders.get("x-forwarded-for"),
      realIp: requestHeaders.get("x-real-ip"),
    },
    trustedProxies(),
  );
}

/** The client address of the request being handled (server actions, pages). */
export async function requestAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}
