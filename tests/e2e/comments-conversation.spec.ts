// The conversation around a comment: held comments, likes and orders, editing and deleting,
// reports, reply emails and unsubscribing, and new comments arriving without a reload.
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createEstablishedMember, createUser, uniqueSuffix } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { latestEmailTo, linkPathIn } from "./helpers/outbox";
import { signInAs } from "./helpers/session";

type TUser = { id: string; tokenVersion: number };

async function openAs(page: Page, user: TUser, path: string) {
  await claimClientAddress(page);
  await signInAs(page, user);
  await page.goto(path);
}

async function pageFor(browser: Browser, user: TUser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await openAs(page, user, path);
  return page;
}

function thread(page: Page) {
  return page.getByRole("list", { name: "Comments", exact: true });
}

test("a new member's first comment waits for review, visible only to them", async ({ page, browser }) => {
  const article = await createArticle();
  const newcomer = await createUser();
  await openAs(page, newcomer, `/articles/${article.slug}`);
  const text = `My very first comment ${uniqueSuffix()}`;
  await page.getByLabel("Comment", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("Thanks. Your comment will appear once a moderator has read it.")).toBeVisible();
  const mine = thread(page).getByRole("article").filter({ hasText: text });
  await expect(mine.getByText("Awaiting review")).toBeVisible();

  const other = await pageFor(browser, await createEstablishedMember(), `/articles/${article.slug}`);
  await expect(other.getByText("No comments yet.")).toBeVisible();
  await expect(other.getByText(text)).toHaveCount(0);
  await other.context().close();
});

test("likes, the three orders, and reporting a comment", async ({ page }) => {
  const article = await createArticle();
  const early = await createComment({ articleId: article.id, body: "The early comment.", createdAt: new Date(Date.now() - 60_000) });
  const late = await createComment({ articleId: article.id, body: "The later comment." });
  const member = await createEstablishedMember();
  await openAs(page, member, `/articles/${article.slug}`);

  const lateComment = thread(page).getByRole("article").filter({ hasText: "The later comment." });
  const like = lateComment.getByRole("button", { name: /^Like the comment by/ });
  await expect(like).toHaveAttribute("aria-pressed", "false");
  await like.click();
  await expect(lateComment.getByRole("button", { name: /^Liked the comment by .*, 1 like$/ })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await db.comment.findUniqueOrThrow({ where: { id: late.id } })).likeCount).toBe(1);

  await page.getByRole("link", { name: "Most liked" }).click();
  await expect(page).toHaveURL(/\/comments\?sort=liked/);
  await expect(thread(page).getByRole("article").first()).toContainText("The later comment.");
  await page.getByRole("link", { name: "Oldest first" }).click();
  await expect(thread(page).getByRole("article").first()).toContainText("The early comment.");
  await page.getByRole("link", { name: "Newest first" }).click();
  await expect(thread(page).getByRole("article").first()).toContainText("The later comment.");

  await thread(page).getByRole("article").filter({ hasText: "The early comment." }).getByRole("link", { name: /^Report the comment by/ }).click();
  await expect(page.getByRole("heading", { name: "Report a comment" })).toBeVisible();
  await page.getByRole("button", { name: "Send report" }).click();
  await page.getByLabel("Something else").check();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("Tell us what is wrong with this comment.")).toBeVisible();
  await page.getByLabel("Spam or advertising").check();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("Thank you. A moderator will look at this comment.")).toBeVisible();
  expect(await db.commentReport.findFirst({ where: { commentId: early.id, reporterId: member.id } })).toMatchObject({ reason: "SPAM" });
  expect((await db.comment.findUniqueOrThrow({ where: { id: early.id } })).openReportCount).toBe(1);
});

test("a member edits their comment (marked edited) and deletes it; replies stay under 'Comment deleted'", async ({ page }) => {
  const article = await createArticle();
  const member = await createEstablishedMember();
  await openAs(page, member, `/articles/${article.slug}`);
  await page.getByLabel("Comment", { exact: true }).fill("Thre typos here.");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(thread(page).getByText("Thre typos here.")).toBeVisible();

  await page.getByRole("link", { name: "Edit your comment" }).click();
  // Typing into the edit form before its script has hydrated it loses the text (React puts the
  // controlled value back; noted in the closing note of session 2): wait as a reader would.
  await page.waitForURL(/\/edit$/);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Comment", { exact: true }).fill("Three typos, fixed.");
  await page.getByRole("button", { name: "Save changes" }).click();
  const edited = page.getByRole("article").filter({ hasText: "Three typos, fixed." });
  await expect(edited.getByText("(edited)")).toBeVisible();

  const comment = await db.comment.findFirstOrThrow({ where: { articleId: article.id, authorId: member.id } });
  await createComment({ articleId: article.id, parentId: comment.id, body: "A reply worth keeping." });
  await page.goto(`/articles/${article.slug}`);
  page.on("dialog", (dialog) => void dialog.accept());
  await thread(page).getByRole("button", { name: "Delete your comment" }).click();
  await expect(thread(page).getByText("Comment deleted")).toBeVisible();
  await expect(thread(page).getByText("A reply worth keeping.")).toBeVisible();
  await expect(page.getByText("Three typos, fixed.")).toHaveCount(0);
  expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("DELETED");
});

test("a reply email's link unsubscribes after a button press; the account page turns emails back on", async ({ page, browser }) => {
  const article = await createArticle();
  const original = await createEstablishedMember();
  await createComment({ articleId: article.id, authorId: original.id, body: "Answer me." });
  const replier = await pageFor(browser, await createEstablishedMember(), `/articles/${article.slug}`);
  await replier.getByRole("link", { name: /^Reply to / }).click();
  await replier.getByLabel(/^Reply to /).fill("Here is my answer.");
  await replier.getByRole("button", { name: "Post reply" }).click();
  await expect(replier.getByText("Your comment is published.")).toBeVisible();
  await replier.context().close();

  const email = await latestEmailTo(original.email, "comment-reply");
  await page.goto(linkPathIn(email, "/unsubscribe"));
  await expect(page.getByText("Stop the emails we send when someone replies to your comments?")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: original.id } })).replyEmails).toBe(true);
  await page.getByRole("button", { name: "Stop reply emails" }).click();
  await expect(page.getByText(/Done\. You will no longer get emails about replies/)).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: original.id } })).replyEmails).toBe(false);

  await page.goto("/unsubscribe?token=forged.token");
  await expect(page.getByText("This unsubscribe link is not valid.", { exact: false })).toBeVisible();

  await signInAs(page, original);
  await page.goto("/account");
  const checkbox = page.getByLabel("Email me when someone replies to one of my comments");
  await expect(checkbox).not.toBeChecked();
  await checkbox.check();
  await page.getByRole("button", { name: "Save email settings" }).click();
  await expect(page.getByText("Email settings saved.")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: original.id } })).replyEmails).toBe(true);
});

test("new comments from others are announced without a reload", async ({ page, browser }) => {
  test.setTimeout(60_000);
  const article = await createArticle();
  await createComment({ articleId: article.id, body: "Already here." });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText("Already here.")).toBeVisible();

  const text = `Fresh from elsewhere ${uniqueSuffix()}`;
  const other = await pageFor(browser, await createEstablishedMember(), `/articles/${article.slug}`);
  await other.getByLabel("Comment", { exact: true }).fill(text);
  await other.getByRole("button", { name: "Post comment" }).click();
  await expect(other.getByText("Your comment is published.")).toBeVisible();
  await other.context().close();

  await expect(page.getByText("1 new comment")).toBeVisible({ timeout: 25_000 });
  await page.getByRole("button", { name: "show" }).click();
  await expect(page.getByRole("heading", { name: "New since you opened the page" })).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();
});
