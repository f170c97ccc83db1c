// Finds a Chromium-family browser for the end-to-end tests, so `npm test` works on a machine
// that has never seen Masthead: CHROMIUM_PATH, then Debian/Ubuntu's `chromium` /
// `chromium-browser`, Google Chrome, and Playwright's own download, in that order. Used by
// scripts/test.ts (which stops at once when there is none) and playwright.config.ts.
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Names looked up on PATH, best first. */
export const BROWSER_COMMANDS = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome", "chrome"];

/** Where browsers live outside PATH (macOS applications). */
export const BROWSER_APP_PATHS = [
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

export const NO_BROWSER_MESSAGE =
  "The end-to-end tests need Chromium or Chrome and none was found: install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a browser.";

export type TBrowserSearch = {
  env: NodeJS.ProcessEnv;
  /** Playwright's own Chromium, downloaded or not (playwright-core's chromium.executablePath()). */
  playwrightChromium?: () => string | undefined;
  appPaths?: readonly string[];
};

export type TBrowserFound = { path: string; source: string } | { path: null; problem: string };

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser({ env, playwrightChromium, appPaths = BROWSER_APP_PATHS }: TBrowserSearch): TBrowserFound {
  const named = env.CHROMIUM_PATH?.trim();
  if (named) {
    return isExecutableFile(named)
      ? { path: named, source: "CHROMIUM_PATH" }
      : { path: null, problem: `CHROMIUM_PATH is set to ${named}, which is not an executable file: point it at a Chromium or Chrome, or unset it.` };
  }
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const command of BROWSER_COMMANDS) {
    for (const dir of dirs) {
      const candidate = join(dir, command);
      if (isExecutableFile(candidate)) return { path: candidate, source: `${command} on PATH` };
    }
  }
  for (const candidate of appPaths) if (isExecutableFile(candidate)) return { path: candidate, source: candidate };
  const downloaded = safely(playwrightChromium);
  if (downloaded && isExecutableFile(downloaded)) return { path: downloaded, source: "Playwright's own Chromium" };
  return { path: null, problem: NO_BROWSER_MESSAGE };
}

function safely(read: (() => string | undefined) | undefined): string | undefined {
  try {
    return read?.();
  } catch {
    return undefined;
  }
}
