// Sanctions and notes from the moderators' member page: a 7-day ban that hides the member's
// comments (and its undo), a shadow ban (the member still sees their comment, readers do not),
// and a private note.
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

async function signedIn(browser: Browser, user: { id: string; tokenVersion: number }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}

test("an editor bans a member for 7 days, hiding their comments from readers; undo lifts it and brings them back", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const member = await createUser({ name: `Troll Tam ${suffix}` });
  const article = await createArticle({ title: `Ferry fares ${suffix}` });
  const body = `Something rude ${suffix}.`;
  await createComment({ articleId: article.id, authorId: member.id, body });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText(body)).toBeVisible();

  const editor = await signedIn(browser, await createUser({ role: "EDITOR" }));
  await editor.goto(`/admin/comments/members/${member.id}`);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(member.name);
  const banPanel = editor.getByRole("region", { name: "Ban", exact: true });
  await banPanel.getByLabel("Reason for the ban").fill("Personal attacks.");
  await banPanel.getByLabel("How long").selectOption("7");
  await banPanel.getByLabel("Also hide their past comments").check();
  await banPanel.getByRole("button", { name: "Ban user" }).click();
  await expect(editor.getByText("Member banned. Their sessions have ended and 1 comment is hidden.")).toBeVisible();
  await expect(editor.getByText(/Banned until .*Reason: Personal attacks\./)).toBeVisible();
  const banned = await db.user.findUniqueOrThrow({ where: { id: member.id } });
  expect(banned.status).toBe("BANNED");
  expect(banned.banExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 6.9 * 24 * 3600 * 1000);

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByText(body)).toHaveCount(0);

  // The banned member is sent to the ban page.
  const memberPage = await signedIn(browser, banned);
  await memberPage.goto("/account");
  await expect(memberPage).toHaveURL(/\/banned$/);

  await editor.getByRole("button", { name: "Undo" }).click();
  await expect(editor.getByText("Ban lifted. They can sign in again; 1 comment is back.")).toBeVisible();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText(body)).toBeVisible();

  // Once a ban has expired, the member is treated as not banned.
  await db.user.update({ where: { id: member.id }, data: { status: "BANNED", banReason: "Old.", banExpiresAt: new Date(Date.now() - 60_000) } });
  const afterExpiry = await signedIn(browser, await db.user.findUniqueOrThrow({ where: { id: member.id } }));
  await afterExpiry.goto("/account");
  await expect(afterExpiry.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await Promise.all([editor.context().close(), memberPage.context().close(), afterExpiry.context().close()]);
});

test("a shadow ban keeps the member's comments from readers until it is lifted; a note stays with the moderators", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const member = await createUser({ name: `Quiet Quinn ${suffix}` });
  const article = await createArticle({ title: `Library hours ${suffix}` });
  const editor = await signedIn(browser, await createUser({ role: "EDITOR" }));
  await editor.goto(`/admin/comments/members/${member.id}`);
  await editor.getByRole("button", { name: "Shadow-ban" }).click();
  await expect(editor.getByText(/Shadow-banned since/)).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).shadowBannedAt).not.toBeNull();

  // The posting path stores a shadow-banned member's comment like this.
  const body = `Posted while shadow-banned ${suffix}.`;
  const comment = await createComment({ articleId: article.id, authorId: member.id, status: "HIDDEN", body });
  await db.comment.update({ where: { id: comment.id }, data: { heldReason: "shadow-ban" } });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByText(body)).toHaveCount(0);

  await editor.getByLabel("Add a note").fill("Shadow-banned after repeated spam links.");
  await editor.getByRole("button", { name: "Add note" }).click();
  await expect(editor.getByText("Note added.")).toBeVisible();
  await expect(editor.getByText("Shadow-banned after repeated spam links.")).toBeVisible();

  await editor.getByRole("button", { name: "Lift the shadow ban" }).click();
  await expect(editor.getByText("Shadow ban lifted; 1 comment is visible again.")).toBeVisible();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText(body)).toBeVisible();
  await editor.context().close();
});
