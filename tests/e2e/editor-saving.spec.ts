// Saving never loses typing: words typed while a save is on its way stay in the editor when the
// save lands, and the next save stores them.
import { type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createUser } from "../factories";
import { signInAs } from "./helpers/session";

function body(page: Page) {
  return page.getByRole("textbox", { name: "Article body" });
}

function storedText(articleId: string) {
  return db.article.findUniqueOrThrow({ where: { id: articleId } }).then((article) => JSON.stringify(article.body));
}

test("typing during a slow save: the editor keeps everything and the next save stores it", async ({ page }) => {
  test.setTimeout(60_000);
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ status: "DRAFT", authorIds: [editor.id], body: { type: "doc", content: [{ type: "paragraph" }] } });
  await signInAs(page, editor);
  await page.goto(`/admin/articles/${article.id}/edit`);
  await expect(body(page)).toBeVisible();

  // Hold the first save (a server action: a POST to this page with a Next-Action header) for
  // a few seconds, as a slow network would; later saves go straight through.
  let heldSaves = 0;
  let releaseFirstSave: () => void = () => undefined;
  const firstSaveReleased = new Promise<void>((resolve) => (releaseFirstSave = resolve));
  await page.route(`**/admin/articles/${article.id}/edit`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    heldSaves += 1;
    if (heldSaves === 1) await firstSaveReleased;
    return route.continue();
  });

  await body(page).click();
  await page.keyboard.type("Typed before the save.");
  // Autosave starts after a pause in typing; the request is then held.
  const status = page.getByRole("status").filter({ hasText: /^(Saved|Saving…|Unsaved changes|Not saved|Conflict)$/ });
  await expect(status).toHaveText("Saving…", { timeout: 10_000 });
  await expect.poll(() => heldSaves).toBe(1);

  // More typing while "Saving…" is shown; the caret is still in the body.
  await page.keyboard.type(" Typed while saving.");
  await expect(status).toHaveText("Saving…");
  await expect(body(page)).toHaveText("Typed before the save. Typed while saving.");
  releaseFirstSave();

  // The first save stored the snapshot it took; the words typed since are still in the editor.
  await expect.poll(() => storedText(article.id)).toContain("Typed before the save.");
  await expect(body(page)).toHaveText("Typed before the save. Typed while saving.");
  // The queued save follows on its own and stores them.
  await expect(status).toHaveText("Saved", { timeout: 15_000 });
  expect(heldSaves).toBeGreaterThanOrEqual(2);
  expect(await storedText(article.id)).toContain("Typed before the save. Typed while saving.");
  await expect(body(page)).toHaveText("Typed before the save. Typed while saving.");

  // And after a reload, it is all there.
  await page.reload();
  await expect(body(page)).toHaveText("Typed before the save. Typed while saving.");
});
