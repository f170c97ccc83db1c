// The process's copies of signed-out reader pages (lib/http/reader-response-cache.ts,
// docs/decisions/0026): a signed-out reader is answered from one, a signed-in reader never is,
// and a change (here a moderator hiding a comment) shows on the very next load.
import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { createArticle, createComment, createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

const HEADER = "x-masthead-response-cache";

/**
 * Loads `path` until one answer comes from the copy, and returns that answer. Filling the copy
 * takes a few loads in a row (Next renders the page and keeps it, the copy is made from Next's
 * kept page, then answers), and any tag expiry in the server empties every copy at once
 * (lib/cache/cache-core.mjs): in a full run the other workers' writes do that at any moment. So
 * a burst of loads is tried again, for a while, rather than a fixed number of loads.
 */
async function loadUntilCopied(request: APIRequestContext, path: string): Promise<{ headers: Record<string, string>; html: string }> {
  let copied: { headers: Record<string, string>; html: string } | undefined;
  await expect(async () => {
    for (let i = 0; i < 4 && !copied; i++) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      if (response.headers()[HEADER] === "HIT") copied = { headers: response.headers(), html: await response.text() };
    }
    expect(copied, `${path} was never answered from the copy`).toBeDefined();
  }).toPass({ timeout: 20_000, intervals: [50] });
  return copied!;
}

test("signed-out readers get the copy; signed-in readers and live pages never do", async ({ page, request }) => {
  // Room for two waits for a copy (loadUntilCopied) in a busy run, and the rest.
  test.setTimeout(60_000);
  // Pages of this test's own: no other test changes them (the front page changes all the time).
  const author = await createUser({ role: "AUTHOR", name: `Copied Author ${uniqueSuffix()}` });
  const article = await createArticle({ title: `Copied story ${uniqueSuffix()}`, authorIds: [author.id] });
  const copied = await loadUntilCopied(request, `/articles/${article.slug}`);
  expect(copied.html).toContain(article.title);
  // The copy is the page itself: headers a reader's browser relies on come with it.
  expect(copied.headers["content-type"]).toContain("text/html");
  expect(copied.headers["content-security-policy"]).toBeTruthy();
  expect(copied.headers["x-frame-options"]).toBe("DENY");

  const authorPage = `/authors/${author.handle}`;
  expect((await loadUntilCopied(request, authorPage)).html).toContain(article.title);
  // A later page of the list is a live page: never kept, so never answered from a copy.
  for (let i = 0; i < 3; i++) {
    const live = await request.get(`${authorPage}?after=x`);
    expect(live.status()).toBe(200);
    expect(live.headers()[HEADER]).toBeUndefined();
  }

  const member = await createUser({ name: `Member Mo ${uniqueSuffix()}` });
  await signInAs(page, member);
  for (let i = 0; i < 3; i++) {
    const response = await page.goto(`/articles/${article.slug}`);
    expect(response?.headers()[HEADER]).toBeUndefined();
  }
  // The signed-in page is the member's own, not the copy.
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("a comment a moderator hides is gone from the signed-out reader's next load", async ({ browser, request }) => {
  const body = `A remark soon hidden ${uniqueSuffix()}.`;
  const article = await createArticle({ title: `Hidden remark ${uniqueSuffix()}` });
  const comment = await createComment({ articleId: article.id, body });
  expect((await loadUntilCopied(request, `/articles/${article.slug}`)).html).toContain(body);

  const editor = await createUser({ role: "EDITOR", name: `Editor Eda ${uniqueSuffix()}` });
  const context = await browser.newContext();
  const editorPage = await context.newPage();
  await signInAs(editorPage, editor);
  await editorPage.goto(`/admin/comments?article=${article.id}`);
  await editorPage.locator(`li[data-comment-id="${comment.id}"]`).getByRole("button", { name: /^Hide/ }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "Comment hidden." })).toBeVisible();

  const next = await request.get(`/articles/${article.slug}`);
  expect(next.headers()[HEADER]).toBeUndefined();
  const html = await next.text();
  expect(html).toContain(article.title);
  expect(html).not.toContain(body);
  await context.close();
});
