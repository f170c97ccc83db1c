// The moderation queue as editors use it: a held comment approved (and the approval undone),
// a published comment hidden, a bulk action, and the same form without JavaScript. Readers are
// signed out and served cached pages: each action must show on the article at once.
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

async function editorPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const editor = await createUser({ role: "EDITOR", name: `Editor Eda ${uniqueSuffix()}` });
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signInAs(page, editor);
  return page;
}

async function heldComment(body: string, heldReason = "suspect-word") {
  const article = await createArticle({ title: `Harbour plan ${uniqueSuffix()}` });
  const author = await createUser({ name: `Commenter Cal ${uniqueSuffix()}`, password: null });
  // The queue is oldest first, a page at a time, and the suite's other tests leave held comments
  // of their own: an early date keeps this one on the first page.
  const createdAt = new Date(Date.UTC(2001, 0, 1) + Math.floor(Math.random() * 86_400_000));
  const comment = await createComment({ articleId: article.id, authorId: author.id, status: "PENDING", body, createdAt });
  await db.comment.update({ where: { id: comment.id }, data: { heldReason } });
  return { article, author, comment };
}

function itemFor(page: Page, commentId: string) {
  return page.locator(`li[data-comment-id="${commentId}"]`);
}

test("a flagged comment waits in the queue; an editor approves it and a signed-out reader sees it at once; undo takes it back", async ({ page, browser }) => {
  const body = `Held for a suspect word ${uniqueSuffix()}.`;
  const { article, author, comment } = await heldComment(body);

  // The reader's page is cached before the approval: the action must expire it.
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByText(body)).toHaveCount(0);

  const editor = await editorPage(browser);
  await editor.goto("/admin/comments?filter=pending");
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Comments");
  const item = itemFor(editor, comment.id);
  await expect(item).toContainText(body);
  await expect(item).toContainText("contains a suspect word");
  await expect(item.getByRole("link", { name: article.title })).toHaveAttribute("href", `/admin/comments?article=${article.id}`);
  await expect(item.getByRole("complementary", { name: `About ${author.name}` })).toContainText("0 rejected · 0 hidden");

  await item.getByRole("button", { name: /^Approve/ }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Comment approved." })).toBeVisible();
  await expect(itemFor(editor, comment.id)).toHaveCount(0);
  expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("PUBLISHED");

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText(body)).toBeVisible();

  await editor.getByRole("button", { name: "Undo" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Undone" })).toBeVisible();
  await expect(itemFor(editor, comment.id)).toBeVisible();
  expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("PENDING");
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByText(body)).toHaveCount(0);

  const events = await db.auditEvent.findMany({ where: { targetType: "Comment", targetId: comment.id }, orderBy: { createdAt: "asc" } });
  expect(events.map((event) => event.action)).toEqual(["comment.approved", "comment.moderation_undone"]);
  await editor.context().close();
});

test("a comment an editor hides disappears for readers", async ({ page, browser }) => {
  const body = `A published remark ${uniqueSuffix()}.`;
  const article = await createArticle({ title: `Budget night ${uniqueSuffix()}` });
  const comment = await createComment({ articleId: article.id, body });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText(body)).toBeVisible();

  const editor = await editorPage(browser);
  await editor.goto(`/admin/comments?article=${article.id}`);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`Comments on “${article.title}”`);
  await itemFor(editor, comment.id).getByRole("button", { name: /^Hide/ }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Comment hidden." })).toBeVisible();
  await expect(itemFor(editor, comment.id)).toContainText("Hidden");

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByText(body)).toHaveCount(0);
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentCount).toBe(0);
  await editor.context().close();
});

test("bulk: an editor rejects two selected comments at once", async ({ browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Bulk ${suffix}` });
  const [first, second, untouched] = await Promise.all(
    ["one", "two", "three"].map((word) => createComment({ articleId: article.id, status: "PENDING", body: `Bulk ${word} ${suffix}` })),
  );
  const editor = await editorPage(browser);
  await editor.goto(`/admin/comments?article=${article.id}`);
  for (const comment of [first!, second!]) await itemFor(editor, comment.id).getByRole("checkbox").check();
  await editor.getByLabel("With the selected comments").selectOption("reject");
  await editor.getByRole("button", { name: "Apply to selected" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "2 comments rejected." })).toBeVisible();
  const statuses = await db.comment.findMany({ where: { id: { in: [first!.id, second!.id, untouched!.id] } }, select: { id: true, status: true } });
  expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
    [first!.id]: "REJECTED",
    [second!.id]: "REJECTED",
    [untouched!.id]: "PENDING",
  });
  await editor.context().close();
});

test("the queue works without JavaScript: approve, then undo", async ({ browser }) => {
  const body = `No-script moderation ${uniqueSuffix()}.`;
  const { comment } = await heldComment(body, "first-comments");
  const editor = await editorPage(browser, { javaScriptEnabled: false });
  await editor.goto("/admin/comments?filter=pending");
  await itemFor(editor, comment.id).getByRole("button", { name: /^Approve/ }).click();
  await expect(editor.getByText("Comment approved.")).toBeVisible();
  expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("PUBLISHED");
  await editor.getByRole("button", { name: "Undo" }).click();
  await expect(editor.getByText("Undone: the comment is back as it was.")).toBeVisible();
  expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("PENDING");
  await editor.context().close();
});

test("an editor closes and reopens comments on an article; authors and members cannot open the queue", async ({ browser }) => {
  const article = await createArticle({ title: `Closing time ${uniqueSuffix()}` });
  const editor = await editorPage(browser);
  await editor.goto(`/admin/comments?article=${article.id}`);
  await editor.getByRole("button", { name: "Close comments now" }).click();
  await expect(editor.getByText("Comments closed. Existing comments stay readable.")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Reopen comments" })).toBeVisible();
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentsCloseAt).not.toBeNull();
  await editor.getByRole("button", { name: "Reopen comments" }).click();
  await expect(editor.getByText("Comments reopened.")).toBeVisible();
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentsCloseAt).toBeNull();
  await editor.context().close();

  for (const role of ["AUTHOR", "MEMBER"] as const) {
    const person = await createUser({ role });
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, person);
    expect((await page.goto("/admin/comments"))?.status(), role).toBe(403);
    await context.close();
  }
});
