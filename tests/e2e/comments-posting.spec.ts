// The member side of the conversation in a real browser: posting and replying, who may post on
// a VIP thread, markup shown as text, exactly-once posting, and others' comments out of reach.
import { type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createEstablishedMember, uniqueSuffix } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { signInAs } from "./helpers/session";

async function openAs(page: Page, user: { id: string; tokenVersion: number }, path: string) {
  await claimClientAddress(page);
  await signInAs(page, user);
  await page.goto(path);
}

function thread(page: Page) {
  return page.getByRole("list", { name: "Comments", exact: true });
}

test("a member comments, another replies in place, and the first is emailed about it", async ({ page, browser }) => {
  const article = await createArticle();
  const first = await createEstablishedMember({ name: `Mara Voss ${uniqueSuffix()}` });
  await openAs(page, first, `/articles/${article.slug}`);
  await expect(page.getByText("Join the conversation")).toHaveCount(0);
  const text = `The harbour numbers do not add up ${uniqueSuffix()}.`;
  await page.getByLabel("Comment", { exact: true }).fill(text);
  await expect(page.getByText(/characters left/)).toBeVisible();
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("Your comment is published.")).toBeVisible();
  await expect(thread(page).getByText(text)).toBeVisible();
  await expect(page.getByLabel("Comment", { exact: true })).toHaveValue("");
  await expect(page.getByRole("heading", { name: "1 comment" })).toBeVisible();

  const second = await createEstablishedMember({ name: `Dana Quill ${uniqueSuffix()}` });
  const context = await browser.newContext();
  const other = await context.newPage();
  await openAs(other, second, `/articles/${article.slug}`);
  const comment = thread(other).getByRole("article", { name: `Comment by ${first.name}` });
  await comment.getByRole("link", { name: `Reply to ${first.name}` }).click();
  const reply = `They add up if you read page 4 ${uniqueSuffix()}.`;
  await other.getByLabel(`Reply to ${first.name}`).fill(reply);
  await other.getByRole("button", { name: "Post reply" }).click();
  await expect(other.getByRole("list", { name: `Replies to ${first.name}` }).getByText(reply)).toBeVisible();
  await context.close();

  const email = await db.outboxEmail.findFirst({ where: { toAddress: first.email, kind: "comment-reply" } });
  expect(email?.textBody).toContain(reply);
});

test("without JavaScript, Reply leads to the comment's page and its form posts", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const article = await createArticle();
  const top = await createComment({ articleId: article.id, body: "A comment to answer." });
  const member = await createEstablishedMember();
  await openAs(page, member, `/articles/${article.slug}`);
  await page.getByRole("link", { name: /^Reply to / }).click();
  await expect(page).toHaveURL(new RegExp(`/comments/${top.id}#reply$`));
  const reply = `Plain HTML reply ${uniqueSuffix()}`;
  await page.getByLabel(/^Reply to /).fill(reply);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByText("Your comment is published.")).toBeVisible();
  expect(await db.comment.count({ where: { parentId: top.id, body: reply } })).toBe(1);
  await context.close();
});

test("on a VIP thread a free member is shown how to become VIP and refused; a VIP member posts", async ({ page, browser }) => {
  const article = await createArticle({ commentPolicy: "VIP" });
  const free = await createEstablishedMember();
  await openAs(page, free, `/articles/${article.slug}`);
  await expect(page.getByRole("heading", { name: "Join the conversation as a VIP member" })).toBeVisible();
  await expect(page.getByLabel("Comment", { exact: true })).toHaveCount(0);

  const vip = await createEstablishedMember({ tier: "VIP" });
  const context = await browser.newContext();
  const vipPage = await context.newPage();
  await openAs(vipPage, vip, `/articles/${article.slug}`);
  await vipPage.getByLabel("Comment", { exact: true }).fill("A member's view.");
  await vipPage.getByRole("button", { name: "Post comment" }).click();
  await expect(vipPage.getByText("Your comment is published.")).toBeVisible();

  // The VIP membership lapses while the page is open: the server refuses, whatever the page showed.
  await db.user.update({ where: { id: vip.id }, data: { tier: "FREE" } });
  const refused = vipPage.waitForResponse((response) => response.request().method() === "POST" && response.status() === 403);
  await vipPage.getByLabel("Comment", { exact: true }).fill("Still here?");
  await vipPage.getByRole("button", { name: "Post comment" }).click();
  await refused;
  await context.close();
  expect(await db.comment.findMany({ where: { articleId: article.id }, select: { body: true } })).toEqual([{ body: "A member's view." }]);
});

test("signed-out readers see how to join; existing comments stay readable when closed", async ({ page }) => {
  const open = await createArticle();
  await page.goto(`/articles/${open.slug}`);
  const join = page.getByRole("region", { name: "Join the conversation" });
  await expect(join.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", /\/sign-in\?next=/);
  await expect(join.getByRole("link", { name: "create a free account" })).toBeVisible();

  const closed = await createArticle({ commentPolicy: "CLOSED" });
  await createComment({ articleId: closed.id, body: "Said before closing." });
  const member = await createEstablishedMember();
  await openAs(page, member, `/articles/${closed.slug}`);
  await expect(page.getByText("Comments are closed for this story.")).toBeVisible();
  await expect(page.getByText("Said before closing.")).toBeVisible();
  await expect(page.getByLabel("Comment", { exact: true })).toHaveCount(0);
});

test("<script> and <img onerror> in a comment are shown as text; links are marked as user content", async ({ page }) => {
  const article = await createArticle();
  const member = await createEstablishedMember();
  await openAs(page, member, `/articles/${article.slug}`);
  const payload = `<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> see https://example.org/source`;
  await page.getByLabel("Comment", { exact: true }).fill(payload);
  await page.getByRole("button", { name: "Post comment" }).click();
  const comment = thread(page).getByRole("article").filter({ hasText: "<script>window.__pwned=1</script>" });
  await expect(comment).toBeVisible();
  await expect(comment).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(page.locator("#comments img")).toHaveCount(0);
  await expect(comment.getByRole("link", { name: "https://example.org/source" })).toHaveAttribute("rel", "nofollow ugc noopener");
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("a double-submitted form and a retried request make one comment", async ({ page }) => {
  const article = await createArticle();
  const member = await createEstablishedMember();
  await openAs(page, member, `/articles/${article.slug}`);

  const twice = `Submitted twice ${uniqueSuffix()}`;
  await page.getByLabel("Comment", { exact: true }).fill(twice);
  await page.locator("form.comment-form").first().evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(page.getByText("Your comment is published.")).toBeVisible();

  // The network retries the form's POST: the server gets the same request again.
  const retried = `Sent again by the network ${uniqueSuffix()}`;
  await page.route(`**/api/articles/${article.id}/comments`, async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    await route.fetch();
    await route.fulfill({ response: await route.fetch() });
  });
  await page.getByLabel("Comment", { exact: true }).fill(retried);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(thread(page).getByText(retried)).toBeVisible();
  await page.unrouteAll();

  expect(await db.comment.count({ where: { articleId: article.id, body: twice } })).toBe(1);
  expect(await db.comment.count({ where: { articleId: article.id, body: retried } })).toBe(1);
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentCount).toBe(2);
});

test("a member cannot edit or delete someone else's comment by posting its id", async ({ page }) => {
  const article = await createArticle();
  const victim = await createComment({ articleId: article.id, body: "The original words." });
  const member = await createEstablishedMember();
  await createComment({ articleId: article.id, authorId: member.id, body: "My own comment." });
  await openAs(page, member, `/articles/${article.slug}`);

  const edit = await page.goto(`/articles/${article.slug}/comments/${victim.id}/edit`);
  expect(edit?.status()).toBe(403);

  // Take the member's own edit form and point it at the other comment.
  await page.goto(`/articles/${article.slug}`);
  await page.getByRole("link", { name: "Edit your comment" }).click();
  await expect(page.getByRole("heading", { name: "Edit your comment" })).toBeVisible();
  // Once the live counter follows the typing, React has hydrated the form and will not reset the field.
  await page.getByLabel("Comment", { exact: true }).fill("Hijacked.");
  await expect(page.getByText(/^1,991 of 2,000 characters left$/)).toBeVisible();
  await page.locator('input[name="commentId"]').evaluate((input: HTMLInputElement, id) => (input.value = id), victim.id);
  const editRefused = page.waitForResponse((response) => response.request().method() === "POST" && response.status() === 403);
  await page.getByRole("button", { name: "Save changes" }).click();
  await editRefused;

  // And the delete button.
  await page.goto(`/articles/${article.slug}`);
  expect((await db.comment.findFirstOrThrow({ where: { articleId: article.id, authorId: member.id } })).body).toBe("My own comment.");
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByLabel("Comment", { exact: true }).fill("Not posted.");
  await expect(page.getByText(/^1,989 of 2,000 characters left$/)).toBeVisible();
  const mine = thread(page).getByRole("article").filter({ hasText: "My own comment." });
  await mine.locator('input[name="commentId"]').evaluate((input: HTMLInputElement, id) => (input.value = id), victim.id);
  const deleteRefused = page.waitForResponse((response) => response.request().method() === "POST" && response.status() === 403);
  await mine.getByRole("button", { name: "Delete your comment" }).click();
  await deleteRefused;

  expect(await db.comment.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ body: "The original words.", status: "PUBLISHED", editedAt: null });
});
