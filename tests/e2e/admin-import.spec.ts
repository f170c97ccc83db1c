// An admin moves a slice of the real WordPress export in from the admin page: uploads it,
// checks it (dry run: nothing written), imports it while a progress bar shows items done and
// left, reads the report, and an old permalink of the site answers with a 301; then invites one
// of the imported authors (accounts without a password) from their user page.
import { copyFileSync } from "node:fs";
import { db } from "@/lib/db/client";
import { join } from "node:path";
import { expect, test } from "./helpers/test";
import { createUser, uniqueSuffix } from "../factories";
import { removeScratchDirs, scratchDir, wordpressSlice } from "../integration/import-fixtures";
import { latestEmailTo } from "./helpers/outbox";
import { signInAs } from "./helpers/session";

const POSTS = 60;

test.afterAll(removeScratchDirs);

/** The slice as another site with its own slugs, so the spec never meets another import's rows. */
function uniqueSlice(suffix: string): string {
  const path = join(scratchDir(), `old-site-${suffix}.xml`);
  copyFileSync(wordpressSlice(POSTS, { siteUrl: `https://old-${suffix}.example.org`, slugPrefix: `s${suffix}-`, emailDomain: `old-${suffix}.example.org` }), path);
  return path;
}

test("an admin checks, then imports a WordPress export with a progress bar, and old links redirect", async ({ page, request }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix().replace(/[^a-z0-9]/gi, "").toLowerCase();
  const file = uniqueSlice(suffix);
  const admin = await createUser({ role: "ADMIN" });
  await signInAs(page, admin);

  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import a WordPress or Ghost site");
  const form = page.locator("form#import-upload");
  await form.getByLabel("WordPress").check();
  await form.getByLabel("Export file").setInputFiles(file);
  await form.getByRole("button", { name: "Check the file (dry run)" }).click();

  // The check: a report of what would be created, nothing written.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Check of old-site-");
  await expect(page.getByRole("heading", { name: "Finished" })).toBeVisible({ timeout: 60_000 });
  const plan = page.getByRole("table", { name: "What the import would do" });
  await expect(plan.getByRole("row", { name: /^Posts/ }).getByRole("cell").first()).toHaveText(String(POSTS));
  expect((await request.get(`/2026/01/s${suffix}-story-1000/`)).status()).toBe(404);

  // The import: the page shows a progress bar (items done and left) until it finishes.
  await page.getByRole("button", { name: "Import this file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Import of old-site-");
  const progress = page.getByRole("progressbar");
  await expect(progress).toBeVisible();
  await expect(page.getByText(/of [\d,]+ items|Waiting to start|Reading the whole file/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Finished" })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("status").filter({ hasText: /Imported [\d,]+ posts and comments/ })).toBeVisible();
  const done = page.getByRole("table", { name: "What the import did" });
  await expect(done.getByRole("row", { name: /^Posts/ }).getByRole("cell").first()).toHaveText(String(POSTS));
  await expect(done.getByRole("row", { name: /^Comments/ }).getByRole("cell").first()).not.toHaveText("0");

  // Old addresses: the dated permalink and ?p= answer 301 with the new article.
  // One hop, trailing slash and all (proxy.ts; Next's own 308 would come first otherwise).
  for (const old of [`/2026/01/s${suffix}-story-1000/`, `/2026/01/s${suffix}-story-1000`]) {
    const permalink = await request.get(old, { maxRedirects: 0 });
    expect(permalink.status(), old).toBe(301);
    expect(permalink.headers().location).toBe(`/articles/s${suffix}-story-1000`);
  }
  // Any other address with a trailing slash still goes to the one without it.
  const other = await request.get(`/articles/s${suffix}-story-1000/?utm_source=x`, { maxRedirects: 0 });
  expect(other.status()).toBe(308);
  expect(other.headers().location).toMatch(new RegExp(`/articles/s${suffix}-story-1000\\?utm_source=x$`));
  const plain = await request.get("/?p=1000", { maxRedirects: 0 });
  expect(plain.status()).toBe(301);
  await page.goto(`/2026/01/s${suffix}-story-1000/`);
  await expect(page).toHaveURL(new RegExp(`/articles/s${suffix}-story-1000$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Precinct budget two demand spending will tuition");

  // The imported authors cannot sign in yet: an admin invites them from their user page.
  const author = await db.user.findFirstOrThrow({ where: { email: { endsWith: `@old-${suffix}.example.org` }, role: "AUTHOR" } });
  expect(author.passwordHash).toBeNull();
  await page.goto(`/admin/users/${author.id}`);
  await expect(page.getByRole("heading", { name: "Invitation" })).toBeVisible();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${author.email}.`)).toBeVisible();
  expect((await latestEmailTo(author.email, "staff-invitation")).textBody).toMatch(/\/reset-password\/confirm\?token=/);
});
