// `npm test`'s first step when end-to-end tests will run: a browser, found (scripts/find-browser.ts)
// or, where the network allows, Playwright's own Chromium downloaded; otherwise one sentence
// naming the install command, within seconds, before any database or build work.
import { spawnSync } from "node:child_process";
import { lookup } from "node:dns/promises";
import { chromium } from "@playwright/test";
import { findBrowser, NO_BROWSER_MESSAGE } from "./find-browser";

const DOWNLOAD_HOST = "cdn.playwright.dev";

async function canReach(host: string, timeoutMs: number): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([lookup(host).then(() => true, () => false), timeout]);
}

/** The browser's path, or null after printing why there is none. */
export async function ensureBrowser(env: NodeJS.ProcessEnv): Promise<string | null> {
  const search = { env, playwrightChromium: () => chromium.executablePath() };
  const found = findBrowser(search);
  if (found.path !== null) {
    console.log(`End-to-end tests use ${found.path} (${found.source}).`);
    return found.path;
  }
  if (found.problem !== NO_BROWSER_MESSAGE) {
    console.error(found.problem);
    return null;
  }
  if (!env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD && (await canReach(DOWNLOAD_HOST, 2_000))) {
    console.log("No Chromium or Chrome found: downloading Playwright's Chromium (npx playwright install chromium)...");
    const install = spawnSync("playwright", ["install", "chromium"], { stdio: "inherit", env, timeout: 5 * 60_000 });
    const downloaded = install.status === 0 ? findBrowser(search) : found;
    if (downloaded.path) return downloaded.path;
  }
  console.error(NO_BROWSER_MESSAGE);
  return null;
}
