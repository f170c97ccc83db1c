// A signed-in reader's own account: profile, password, and leaving.
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createUser, DEFAULT_TEST_PASSWORD, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

const NEW_PASSWORD = "copper-kettle-harbour-lantern";

async function signedInPage(browser: Browser, user: { id: string; tokenVersion: number }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}

test("visitors are sent to sign in and come back to their account", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
});

test("a member edits their display name and bio", async ({ page }) => {
  const member = await createUser();
  const name = `Juno Marsh ${uniqueSuffix()}`;
  await signInAs(page, member);
  await page.goto("/account");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Bio").fill("Reads every council budget, twice.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Display name")).toHaveValue(name);
  await expect(page.getByLabel("Bio")).toHaveValue("Reads every council budget, twice.");
  expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ name, bio: "Reads every council budget, twice." });

  await page.getByLabel("Display name").fill("   ");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Enter a display name.")).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveAttribute("aria-invalid", "true");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the profile form still saves", async ({ page }) => {
    const member = await createUser();
    const name = `Plain Form ${uniqueSuffix()}`;
    await signInAs(page, member);
    await page.goto("/account");
    await page.getByLabel("Display name").fill(name);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Profile saved.")).toBeVisible();
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).name).toBe(name);
  });
});

test("changing the password keeps this browser signed in and signs out every other", async ({ page, browser }) => {
  const member = await createUser();
  const otherDevice = await signedInPage(browser, member);
  await otherDevice.goto("/account");
  await expect(otherDevice.getByRole("heading", { level: 1 })).toHaveText("Your account");

  await signInAs(page, member);
  await page.goto("/account");
  await page.getByLabel("Current password").fill("not-my-password-at-all");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();

  await page.getByLabel("Current password").fill(DEFAULT_TEST_PASSWORD);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/Password changed/)).toBeVisible();
  const changed = await db.user.findUniqueOrThrow({ where: { id: member.id } });
  expect(changed.tokenVersion).toBe(member.tokenVersion + 1);
  expect(await verifyPassword(changed.passwordHash ?? "", NEW_PASSWORD)).toBe(true);

  await page.reload();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");

  await otherDevice.goto("/account");
  await expect(otherDevice).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await otherDevice.context().close();
});

test("deleting an account erases it, signs out, and its comments read Deleted account", async ({ page }) => {
  const name = `Vera Lantern ${uniqueSuffix()}`;
  const member = await createUser({ name });
  const article = await createArticle();
  await createComment({ articleId: article.id, authorId: member.id, body: "The harbour plan needs a second look." });

  // Seen once before the deletion, so the thread is in the cache the deletion must clear.
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("article", { name: `Comment by ${name}` })).toBeVisible();

  await signInAs(page, member);
  await page.goto("/account");
  await page.getByLabel("Your password").fill("a-wrong-password-for-sure");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That is not your password.")).toBeVisible();

  await page.getByLabel("Your password").fill(DEFAULT_TEST_PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  const erased = await db.user.findUniqueOrThrow({ where: { id: member.id } });
  expect(erased).toMatchObject({ email: `deleted-${member.id}@deleted.invalid`, name: "Deleted account", passwordHash: null });

  await page.goto(`/articles/${article.slug}`);
  const comment = page.getByRole("article", { name: "Comment by Deleted account" });
  await expect(comment).toContainText("The harbour plan needs a second look.");
  await expect(page.getByText(name)).toHaveCount(0);

  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
});
