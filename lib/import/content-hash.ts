import { createHash } from "node:crypto";

/** A stable fingerprint of what an item brings, to tell "unchanged" from "updated" on a re-run. */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 32);
}
