import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

// The job runner works outside any request, where Next refuses revalidateTag. It asks its own
// server to do it instead, through app/(admin)/admin/jobs/revalidate/route.ts, signing the
// request with the site secret so nobody else can empty the reader caches on demand.

export const REVALIDATION_SIGNATURE_HEADER = "x-masthead-signature";
export const REVALIDATION_MAX_AGE_MS = 60_000;

/** The cache tags the route expires: those of reader caches (lib/articles/cache-tags.ts). */
export const REVALIDATION_TAG = /^(articles|tags|site-settings|(article|author|tag|comments):[^\s]{1,200})$/;

export function signRevalidation(body: string): string {
  return createHmac("sha256", authSecret()).update(`masthead-revalidate\n${body}`).digest("base64url");
}

export function isValidRevalidationSignature(body: string, signature: string | null): boolean {
  if (!signature) return false;
  const given = Buffer.from(signature, "base64url");
  const expected = Buffer.from(signRevalidation(body), "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
