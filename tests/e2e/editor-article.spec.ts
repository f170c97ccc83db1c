// Writing an article in the WYSIWYG editor, and two people saving the same article at once.
import { type Browser, type Page } from "@playwright/test";
import type { Editor } from "@tiptap/react";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

type TSignInUser = { id: string; tokenVersion: number };

async function signedInPage(browser: Browser, user: TSignInUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}

function body(page: Page) {
  return page.getByRole("textbox", { name: "Article body" });
}

/**
 * The text the editor itself holds selected ("" for a caret). A caret the browser moves (End,
 * Shift+Home) reaches ProseMirror only with the `selectionchange` event that follows, and Chromium
 * may deliver a key pressed at once before that event; a key the editor handles itself (Enter, a
 * toolbar command) then acts on the old selection: Enter right after End replaced the still
 * selected text. So a test waits for this before such a key. Tiptap puts the editor on its element.
 */
function selectedInEditor(page: Page): Promise<string> {
  return body(page).evaluate((element) => {
    const { state } = (element as HTMLElement & { editor: Editor }).editor;
    return state.doc.textBetween(state.selection.from, state.selection.to);
  });
}

test("an editor writes with the toolbar and Markdown shortcuts; the stored body and the published page keep it", async ({ page }) => {
  const suffix = uniqueSuffix();
  const editor = await createUser({ role: "EDITOR" });
  await signInAs(page, editor);

  await page.goto("/admin/articles/new");
  await page.getByLabel("Title").fill(`Council votes ${suffix}`);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[^/]+\/edit$/, { timeout: 15_000 });
  const articleId = page.url().split("/").at(-2)!;

  await body(page).click();
  await page.keyboard.type("The council met ");
  await page.getByRole("button", { name: "Bold" }).click();
  await expect(page.getByRole("button", { name: "Bold" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("today");
  await page.getByRole("button", { name: "Bold" }).click();
  await page.keyboard.type(" and voted.");

  await page.keyboard.press("Enter");
  await page.keyboard.type("Read the report");
  await page.keyboard.press("Shift+Home");
  await expect.poll(() => selectedInEditor(page)).toBe("Read the report");
  await page.getByRole("button", { name: "Link" }).click();
  await page.getByLabel("Link address").fill("https://example.com/report");
  await page.getByRole("button", { name: "Apply link" }).click();
  // The editor takes the focus back on the next frame (Tiptap's focus()) and then puts its own
  // selection back into the page, also a little later (ProseMirror's focus handler): an End
  // pressed before that is undone. Wait for the focus, then press End until the editor holds it.
  await expect(body(page)).toBeFocused();
  await expect(async () => {
    await page.keyboard.press("End");
    expect(await selectedInEditor(page)).toBe("");
  }).toPass();

  await page.keyboard.press("Enter");
  await page.keyboard.type("> Democracy is a verb.");
  await page.getByLabel("Quote attribution").fill("A. Councillor");

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  expect(article.body).toEqual({
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "The council met " },
          { type: "text", text: "today", marks: [{ type: "bold" }] },
          { type: "text", text: " and voted." },
        ],
      },
      { type: "paragraph", content: [{ type: "text", text: "Read the report", marks: [{ type: "link", attrs: { href: "https://example.com/report" } }] }] },
      { type: "blockquote", attrs: { attribution: "A. Councillor" }, content: [{ type: "paragraph", content: [{ type: "text", text: "Democracy is a verb." }] }] },
    ],
  });

  // Publishing is another screen's job: do it in the database, with the byline copies.
  const publishedAt = new Date(Date.now() - 60_000);
  await db.$transaction([
    db.article.update({ where: { id: articleId }, data: { status: "PUBLISHED", publishedAt } }),
    db.articleAuthor.updateMany({ where: { articleId }, data: { status: "PUBLISHED", publishedAt } }),
  ]);
  await page.goto(`/articles/${article.slug}`);
  const quote = page.locator("blockquote");
  await expect(quote).toContainText("Democracy is a verb.");
  await expect(page.getByText("A. Councillor")).toBeVisible();
  await expect(page.getByRole("link", { name: "Read the report" })).toHaveAttribute("href", "https://example.com/report");
});

test("when two people edit the same article, the second save shows both versions and keeps nothing from being lost", async ({ browser }) => {
  const editor = await createUser({ role: "EDITOR", name: `Editor Eve ${uniqueSuffix()}` });
  const article = await createArticle({ status: "DRAFT", authorIds: [editor.id], body: { type: "doc", content: [{ type: "paragraph" }] } });
  const first = await signedInPage(browser, editor);
  const second = await signedInPage(browser, editor);
  for (const page of [first, second]) {
    await page.goto(`/admin/articles/${article.id}/edit`);
    await expect(body(page)).toBeVisible();
  }

  await body(first).click();
  await first.keyboard.type("Their words.");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(first.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

  await body(second).click();
  await second.keyboard.type("My words.");
  await second.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByRole("status").filter({ hasText: /^Conflict$/ })).toBeVisible();
  const panel = second.getByRole("region", { name: "Someone else saved this article" });
  await expect(panel).toContainText("Their words.");
  await expect(panel).toContainText("My words.");

  await panel.getByRole("button", { name: "Keep mine" }).click();
  await expect(second.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await expect
    .poll(async () => JSON.stringify((await db.article.findUniqueOrThrow({ where: { id: article.id } })).body))
    .toContain("My words.");
});
