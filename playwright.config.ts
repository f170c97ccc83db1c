import { chromium, defineConfig, devices } from "@playwright/test";
import { findBrowser } from "./scripts/find-browser";

// End-to-end tests drive a Chromium found on this machine (CHROMIUM_PATH, Debian's chromium,
// Chrome, or Playwright's own download: scripts/find-browser.ts) against a production build
// served by `next start`. Run through `npm test`, which provides DATABASE_URL, builds first and
// stops early when there is no browser.
const PORT = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? "line" : "list",
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findBrowser({ env: process.env, playwrightChromium: () => chromium.executablePath() }).path ?? undefined,
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `next start --hostname 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    // Views are written every 5 s and the trending rails cached for a minute in production;
    // the tests would rather not wait that long to see a counted view (front-page-trending.spec.ts).
    // The specs claim client addresses of their own through X-Forwarded-For, as a proxy on this
    // machine would set it: 127.0.0.1 is that trusted proxy (tests/e2e/helpers/client-address.ts).
    env: { VIEW_FLUSH_INTERVAL_MS: "200", TRENDING_CACHE_SECONDS: "1", TRUSTED_PROXIES: "127.0.0.1" },
  },
});
