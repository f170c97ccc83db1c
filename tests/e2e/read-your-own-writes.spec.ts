// Whoever changes something sees it on their very next load (issue 12): a member who posts and
// reloads at once, and an editor who edits a published story and opens it, never get the copy
// from before their change. Other (signed-out) readers may get the cached copy for a moment.
import { expect, test } from "./helpers/test";
import { createArticle, createEstablishedMember, uniqueSuffix } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { signInAs } from "./helpers/session";

test("a member who posts a comment and reloads at once sees it", async ({ page }) => {
  const article = await createArticle();
  const member = await createEstablishedMember();
  await claimClientAddress(page);
  await signInAs(page, member);
  // Load the page twice first, so every cache layer holds the copy without the comment.
  await page.goto(`/articles/${article.slug}`);
  await page.reload();
  const text = `Posted and reloaded ${uniqueSuffix()}`;
  await page.getByLabel("Comment", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("Your comment is published.")).toBeVisible();
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await expect(page.getByRole("list", { name: "Comments", exact: true }).getByText(text)).toBeVisible({ timeout: 1_000 });
  }
});

test("a comment posted without JavaScript is on the page the member lands on and on a reload", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const article = await createArticle();
  const member = await createEstablishedMember();
  await claimClientAddress(page);
  await signInAs(page, member);
  await page.goto(`/articles/${article.slug}`);
  const text = `Plain form, reloaded ${uniqueSuffix()}`;
  await page.getByLabel("Comment", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText(text).first()).toBeVisible();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText(text).first()).toBeVisible({ timeout: 1_000 });
  await context.close();
});
