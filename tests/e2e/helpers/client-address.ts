// Per-address rate limits (sign-up, reset requests, sign-in) would make parallel tests from one
// machine trip over each other. The app reads the client address from X-Forwarded-For
// (lib/auth/request-address.ts, as a proxy would set it), so each test claims its own.
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";

export function uniqueClientAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** Makes every request from this page come from a fresh client address; returns it. */
export async function claimClientAddress(page: Page): Promise<string> {
  const address = uniqueClientAddress();
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  return address;
}
