// Per-address rate limits (sign-up, reset requests, sign-in) would make parallel tests from one
// machine trip over each other. The e2e server trusts 127.0.0.1 as a reverse proxy
// (TRUSTED_PROXIES in playwright.config.ts), so it reads the client address from the
// X-Forwarded-For the browser sends (lib/auth/client-address.ts), and each test claims its own.
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
