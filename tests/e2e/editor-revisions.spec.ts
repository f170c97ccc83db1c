// The revisions page: the history of an article, one version beside the current one, restore.
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

function paragraphDoc(text: string) {
  return { type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }] };
}

test("an editor compares an old revision with the current version and restores it", async ({ page }) => {
  const suffix = uniqueSuffix();
  const editor = await createUser({ role: "EDITOR", name: `Editor Rita ${suffix}` });
  const article = await createArticle({ status: "DRAFT", authorIds: [editor.id], title: `Old title ${suffix}`, body: paragraphDoc("The old words.") });
  await db.$transaction([
    db.articleRevision.create({ data: { articleId: article.id, version: 1, title: article.title, dek: "", body: paragraphDoc("The old words."), savedById: editor.id, source: "editor" } }),
    db.article.update({ where: { id: article.id }, data: { version: 2, title: `New title ${suffix}`, body: paragraphDoc("The new words.") } }),
    db.articleRevision.create({ data: { articleId: article.id, version: 2, title: `New title ${suffix}`, dek: "", body: paragraphDoc("The new words."), savedById: editor.id, source: "autosave" } }),
  ]);
  await signInAs(page, editor);

  await page.goto(`/admin/articles/${article.id}/revisions`);
  await expect(page.getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("row").nth(1)).toContainText(`Editor Rita ${suffix}`);
  await expect(page.getByRole("row").nth(1)).toContainText("Autosaved");
  await page.getByRole("link", { name: "View version 1" }).click();
  const comparison = page.getByRole("region", { name: /Version 1 compared with the current version 2/ });
  await expect(comparison).toContainText("The old words.");
  await expect(comparison).toContainText("The new words.");

  await comparison.getByRole("button", { name: "Restore this revision" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${article.id}/edit$`), { timeout: 15_000 });
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`Old title ${suffix}`);
  const restored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  expect(restored).toMatchObject({ version: 3, title: `Old title ${suffix}`, body: paragraphDoc("The old words.") });
});
