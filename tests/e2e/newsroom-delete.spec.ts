// Deleting an article: an admin confirms on the overview page, readers lose it at once, the
// audit log says who deleted what; anyone else posting the same request gets 403.
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createUser, uniqueSuffix } from "../factories";
import { captureServerAction, replayServerAction } from "./helpers/server-action-replay";
import { signInAs } from "./helpers/session";

async function signedInPage(browser: Browser, user: { id: string; tokenVersion: number }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, user);
  return page;
}

test("an admin deletes a published article after confirming; readers get 404 and the audit log records it", async ({ page, browser }) => {
  const admin = await createUser({ role: "ADMIN" });
  const article = await createArticle({ status: "PUBLISHED", title: `Retracted story ${uniqueSuffix()}` });
  await createComment({ articleId: article.id });

  // A reader sees it first, so the cached page has to be expired by the delete.
  const reader = await browser.newPage();
  expect((await reader.goto(`/articles/${article.slug}`))?.status()).toBe(200);

  await signInAs(page, admin);
  await page.goto(`/admin/articles/${article.id}`);
  const deleteButton = page.getByRole("button", { name: "Delete article" });
  // Without the box ticked the browser does not send the form.
  await deleteButton.click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${article.id}$`));
  expect(await db.article.count({ where: { id: article.id } })).toBe(1);

  await page.getByLabel(`Yes, delete “${article.title}” for good, with its revisions and comments`).check();
  await deleteButton.click();
  await expect(page).toHaveURL(/\/admin\/articles\?deleted=1$/);
  await expect(page.getByText("The article was deleted.")).toBeVisible();
  expect(await db.article.count({ where: { id: article.id } })).toBe(0);
  expect(await db.comment.count({ where: { articleId: article.id } })).toBe(0);

  expect((await reader.goto(`/articles/${article.slug}`))?.status()).toBe(404);
  await reader.close();

  await page.goto("/admin/audit");
  const row = page.getByRole("row").filter({ hasText: "Article deleted" }).filter({ hasText: article.slug });
  await expect(row).toContainText(admin.name);
  await expect(row).toContainText(article.title);
});

test("only admins see the delete step; an editor posting the admin's delete request gets 403 and nothing is deleted", async ({ page, browser }) => {
  const admin = await createUser({ role: "ADMIN" });
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ status: "DRAFT" });

  // The admin's page provides a real delete request; it is intercepted and never sent.
  await signInAs(page, admin);
  await page.goto(`/admin/articles/${article.id}`);
  await page.getByLabel(/Yes, delete/).check();
  const script = await captureServerAction(page, `/admin/articles/${article.id}`, () =>
    page.getByRole("button", { name: "Delete article" }).click(),
  );

  const editorPage = await signedInPage(browser, editor);
  await editorPage.goto(`/admin/articles/${article.id}`);
  await expect(editorPage.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(editorPage.getByRole("button", { name: "Delete article" })).toHaveCount(0);
  const refused = await replayServerAction(editorPage, script);
  expect(refused.status()).toBe(403);
  expect(await db.article.findUnique({ where: { id: article.id } })).toMatchObject({ id: article.id, version: 1 });
  expect(await db.auditEvent.count({ where: { targetId: article.id } })).toBe(0);
  await editorPage.context().close();
});
