import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findBrowser, NO_BROWSER_MESSAGE } from "@/scripts/find-browser";

const root = mkdtempSync(join(tmpdir(), "masthead-find-browser-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function fakeExecutable(dir: string, name: string, executable = true): string {
  const file = join(dir, name);
  writeFileSync(file, "#!/bin/sh\nexit 0\n");
  chmodSync(file, executable ? 0o755 : 0o644);
  return file;
}

const NOTHING = { appPaths: [], playwrightChromium: () => join(root, "no-such-download", "chrome") };

describe("findBrowser", () => {
  it("finds nothing on an empty PATH and says which command installs a browser", () => {
    const found = findBrowser({ env: { NODE_ENV: "test", PATH: folder("empty") }, ...NOTHING });
    expect(found).toEqual({ path: null, problem: NO_BROWSER_MESSAGE });
    expect(NO_BROWSER_MESSAGE).toContain("apt-get install -y chromium");
  });

  it("prefers CHROMIUM_PATH, and says so when it names nothing runnable", () => {
    const bin = folder("named");
    const named = fakeExecutable(bin, "my-chrome");
    expect(findBrowser({ env: { NODE_ENV: "test", PATH: "", CHROMIUM_PATH: named }, ...NOTHING }).path).toBe(named);
    const found = findBrowser({ env: { NODE_ENV: "test", PATH: "", CHROMIUM_PATH: join(bin, "missing") }, ...NOTHING });
    expect(found.path).toBeNull();
    expect("problem" in found && found.problem).toMatch(/CHROMIUM_PATH is set to .*missing/);
  });

  it("finds Debian's chromium, then chromium-browser, then Chrome on PATH, skipping files it cannot run", () => {
    const first = folder("path-a");
    const second = folder("path-b");
    fakeExecutable(first, "chromium", false);
    const chrome = fakeExecutable(first, "google-chrome");
    expect(findBrowser({ env: { NODE_ENV: "test", PATH: [first, second].join(delimiter) }, ...NOTHING }).path).toBe(chrome);
    const chromiumBrowser = fakeExecutable(second, "chromium-browser");
    expect(findBrowser({ env: { NODE_ENV: "test", PATH: [first, second].join(delimiter) }, ...NOTHING }).path).toBe(chromiumBrowser);
    const chromium = fakeExecutable(second, "chromium");
    expect(findBrowser({ env: { NODE_ENV: "test", PATH: [first, second].join(delimiter) }, ...NOTHING }).path).toBe(chromium);
  });

  it("falls back to Playwright's own download when it is there", () => {
    const download = fakeExecutable(folder("ms-playwright"), "chrome");
    expect(findBrowser({ env: { NODE_ENV: "test", PATH: folder("empty") }, appPaths: [], playwrightChromium: () => download })).toMatchObject({
      path: download,
      source: "Playwright's own Chromium",
    });
  });
});

describe("npm test without a browser", () => {
  it("stops in its first seconds with the sentence naming the install command", () => {
    // Node alone in a folder of its own (its real folder, /usr/bin, may hold a chromium).
    const nodeOnly = folder("node-only");
    symlinkSync(process.execPath, join(nodeOnly, "node"));
    const started = Date.now();
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/test.ts", "--e2e"], {
      cwd: join(import.meta.dirname, "../.."),
      encoding: "utf8",
      timeout: 30_000,
      env: {
        // Only node itself on PATH: no chromium, no Chrome; an empty Playwright download folder.
        PATH: [folder("empty"), nodeOnly].join(delimiter),
        NODE_ENV: "test",
        HOME: folder("home"),
        PLAYWRIGHT_BROWSERS_PATH: folder("no-downloads"),
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
        TEST_DATABASE_URL: "postgresql://nobody@127.0.0.1:1/never-used",
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(NO_BROWSER_MESSAGE);
    // tsx and Playwright's import take a second or two; a database, vitest or a build would take far longer.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
