// The `test` every spec imports: Playwright's, with one addition. A page that breaks Masthead's
// Content-Security-Policy fails the test that opened it (docs/security.md, headers): Chromium
// reports each violation on the console, and every page of a test's browser context is watched.
import { test as base, expect } from "@playwright/test";

export { expect };

const CSP_VIOLATION = /Content Security Policy|Content-Security-Policy/i;

export const test = base.extend<{ cspViolations: string[]; cspBlocksExpected: boolean }>({
  /**
   * For a test that feeds the page hostile markup on purpose (a paste with inline handlers): the
   * policy blocking it is the point, so its reports do not fail the test.
   */
  cspBlocksExpected: [false, { option: true }],
  cspViolations: async ({}, provide) => {
    await provide([]);
  },
  context: async ({ context, cspViolations, cspBlocksExpected }, provide) => {
    const watch = (page: import("@playwright/test").Page) =>
      page.on("console", (message) => {
        if (CSP_VIOLATION.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
      });
    context.pages().forEach(watch);
    context.on("page", watch);
    await provide(context);
    if (!cspBlocksExpected) expect(cspViolations, "Content-Security-Policy violations").toEqual([]);
  },
});
