import "server-only";
import { createHmac } from "node:crypto";
import { UNKNOWN_ADDRESS } from "@/lib/auth/request-address";
import { authSecret } from "@/lib/env";

/**
 * A keyed hash of the poster's client address, for the flood rule (Comment.addressHash): equal
 * addresses give equal hashes, yet without the site secret the hash cannot be turned back into
 * an address by trying all four billion. Null for an unknown address, which many readers share.
 */
export function commentAddressHash(address: string): string | null {
  if (address === UNKNOWN_ADDRESS) return null;
  return createHmac("sha256", authSecret()).update(`masthead-comment-address\n${address}`).digest("base64url");
}
