// Nothing typed is lost: text typed while the page's scripts are still loading is kept when
// React takes the form over, and is what gets sent. The scripts are held back on purpose, the
// text typed, then the scripts let through.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db/client";
import { createArticle, createEstablishedMember, createUser, uniqueSuffix } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { signInAs } from "./helpers/session";
import { expect, test } from "./helpers/test";

/** Holds every script chunk until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?.*)?$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** React marks each element it has hydrated with an internal property. */
async function waitForHydration(page: Page, selector: string) {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return element !== null && Object.keys(element).some((key) => key.startsWith("__reactFiber"));
  }, selector);
}

test("a comment typed before the page has hydrated is kept and posted", async ({ page }) => {
  const article = await createArticle();
  const member = await createEstablishedMember();
  await claimClientAddress(page);
  await signInAs(page, member);
  const release = await holdScripts(page);
  await page.goto(`/articles/${article.slug}`, { waitUntil: "domcontentloaded" });
  const text = `Typed early, before any script ran ${uniqueSuffix()}.`;
  const field = page.getByLabel("Comment", { exact: true });
  await field.fill(text);
  release();
  await waitForHydration(page, "form.comment-form textarea");
  await expect(field).toHaveValue(text);
  // The counter reads what is in the field, including what was typed before hydration.
  await expect(page.getByText(`${(2000 - text.length).toLocaleString("en-US")} of 2,000 characters left`)).toBeVisible();
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("Your comment is published.")).toBeVisible();
  expect((await db.comment.findFirstOrThrow({ where: { articleId: article.id, authorId: member.id } })).body).toBe(text);
});

test("a headline typed into New article before the page has hydrated makes the draft", async ({ page }) => {
  await signInAs(page, await createUser({ role: "AUTHOR" }));
  const release = await holdScripts(page);
  await page.goto("/admin/articles/new", { waitUntil: "domcontentloaded" });
  const title = `An early headline ${uniqueSuffix()}`;
  await page.getByLabel("Title").fill(title);
  release();
  await waitForHydration(page, "#new-article-title");
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[^/]+\/edit$/, { timeout: 15_000 });
  expect(await db.article.count({ where: { title } })).toBe(1);
});
