// The process's copies of signed-out reader pages (lib/http/reader-response-cache.ts,
// docs/decisions/0026): a signed-out reader is answered from one, a signed-in reader never is,
// and a change (here a moderator hiding a comment) shows on the very next load.
import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { createArticle, createComment, createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

const HEADER = "x-masthead-response-cache";

/** Loads `path` until it comes from the copy (the first loads fill Next's cache, then the copy). */
async function loadUntilCopied(request: APIRequestContext, path: string): Promise<string> {
  for (let i = 0; i < 10; i++) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    if (response.headers()[HEADER] === "HIT") return response.text();
  }
  throw new Error(`${path} was never answered from the copy`);
}

test("signed-out readers get the copy; signed-in readers and live pages never do", async ({ page, request }) => {
  const article = await createArticle({ title: `Copied story ${uniqueSuffix()}` });
  const copied = await loadUntilCopied(request, `/articles/${article.slug}`);
  expect(copied).toContain(article.title);
  // The copy is the page itself: headers a reader's browser relies on come with it.
  const again = await request.get(`/articles/${article.slug}`);
  expect(again.headers()["content-type"]).toContain("text/html");
  expect(again.headers()["content-security-policy"]).toBeTruthy();
  expect(again.headers()["x-frame-options"]).toBe("DENY");

  await loadUntilCopied(request, "/");
  expect((await request.get("/?after=x")).headers()[HEADER]).toBeUndefined();

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
  expect(await loadUntilCopied(request, `/articles/${article.slug}`)).toContain(body);

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
