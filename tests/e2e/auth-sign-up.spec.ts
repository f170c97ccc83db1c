// A new reader: signs up, verifies their email through the emailed link, signs in from the
// story they were reading and comes back to it, signs out. And what a stranger cannot learn.
import { type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createUser, uniqueSuffix } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { countEmailsTo, latestEmailTo, linkPathIn } from "./helpers/outbox";
import { signInAs } from "./helpers/session";

const PASSWORD = "harbour-lantern-quietly-57";
const CHECK_EMAIL = /check your email/i;

function accountMenu(page: Page) {
  return page.getByRole("navigation", { name: "Account" });
}

async function fillSignUp(page: Page, fields: { email: string; password: string; name: string }) {
  await page.getByLabel("Email").fill(fields.email);
  await page.getByLabel("Password").fill(fields.password);
  await page.getByLabel("Display name").fill(fields.name);
  await page.getByRole("button", { name: "Create account" }).click();
}

test("a reader signs up, verifies their email, signs in from a story, comes back to it and signs out", async ({ page }) => {
  test.slow(); // the whole journey, a dozen page loads
  await claimClientAddress(page);
  const suffix = uniqueSuffix();
  const email = `new-reader-${suffix}@example.com`;
  const name = `Nadia Reader ${suffix}`;
  const article = await createArticle({ title: `A story worth an account ${suffix}` });

  await page.goto("/sign-up");
  await fillSignUp(page, { email, password: PASSWORD, name });
  await expect(page.getByText(CHECK_EMAIL)).toBeVisible();

  const user = await db.user.findUniqueOrThrow({ where: { email } });
  expect(user.emailVerified).toBeNull();

  // Opening the link shows a button and changes nothing (mail scanners open links too).
  await page.goto(linkPathIn(await latestEmailTo(email, "verify-email"), "/verify-email"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verify your email");
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull();
  await page.getByRole("button", { name: "Verify email" }).click();
  await expect(page.getByText(/your email address is verified/i)).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeInstanceOf(Date);

  await page.goto(`/articles/${article.slug}`);
  await accountMenu(page).getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(`/articles/${article.slug}`)}$`));
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(accountMenu(page)).toContainText(name);

  await accountMenu(page).getByRole("button", { name: "Sign out" }).click();
  await expect(accountMenu(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(accountMenu(page)).not.toContainText(name);
});

test("signing up with an email that has an account answers the same, and tells the owner instead", async ({ page }) => {
  await claimClientAddress(page);
  const owner = await createUser();
  await page.goto("/sign-up");
  await fillSignUp(page, { email: owner.email, password: PASSWORD, name: "Someone Else" });
  await expect(page.getByText(CHECK_EMAIL)).toBeVisible();

  const notice = await latestEmailTo(owner.email, "sign-up-attempt");
  expect(notice.textBody).toContain("You already have an account");
  expect(await countEmailsTo(owner.email, "verify-email")).toBe(0);
  expect(await db.user.count({ where: { email: owner.email } })).toBe(1);
});

test("the sign-up form names the field that needs fixing and keeps what was typed", async ({ page }) => {
  await claimClientAddress(page);
  const email = `careful-${uniqueSuffix()}@example.com`;
  await page.goto("/sign-up");
  await fillSignUp(page, { email, password: "Password1234!", name: "Careful Reader" });

  const password = page.getByLabel("Password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await password.getAttribute("aria-describedby")) ?? "";
  await expect(page.locator(`[id="${describedBy.split(" ").at(-1)}"]`)).toHaveText(/password is too common/i);
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Display name")).toHaveValue("Careful Reader");
  expect(await db.user.count({ where: { email } })).toBe(0);
});

test("a reader who has not verified is reminded, and can have the link sent again", async ({ page }) => {
  const user = await createUser({ emailVerified: null });
  await signInAs(page, user);
  await page.goto("/");
  await expect(page.getByText("Please verify your email address")).toBeVisible();
  await page.getByRole("button", { name: "Resend" }).click();
  await expect(page.getByText(`We've sent a new link to ${user.email}.`)).toBeVisible();

  await page.goto(linkPathIn(await latestEmailTo(user.email, "verify-email"), "/verify-email"));
  await page.getByRole("button", { name: "Verify email" }).click();
  await expect(page.getByText(/your email address is verified/i)).toBeVisible();
  await page.goto("/");
  await expect(page.getByText("Please verify your email address")).toHaveCount(0);
});

test("the sign-up page is limited per address", async ({ page }) => {
  test.slow(); // six sign-ups
  await claimClientAddress(page);
  for (let i = 0; i < 5; i++) {
    await page.goto("/sign-up");
    await fillSignUp(page, { email: `burst-${uniqueSuffix()}@example.com`, password: PASSWORD, name: "Burst" });
    await expect(page.getByText(CHECK_EMAIL)).toBeVisible();
  }
  await page.goto("/sign-up");
  await fillSignUp(page, { email: `burst-${uniqueSuffix()}@example.com`, password: PASSWORD, name: "Burst" });
  await expect(page.getByText(/Too many attempts\. Try again in \d+ minutes?\./)).toBeVisible();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("signing up, being told what is wrong, and signing in all work", async ({ page }) => {
    test.slow(); // the whole journey, every step a full page load
    await claimClientAddress(page);
    const email = `no-script-${uniqueSuffix()}@example.com`;
    await page.goto("/sign-up");
    await fillSignUp(page, { email, password: "too-short", name: "Plain Reader" });
    await expect(page.getByText("Password must be at least 12 characters.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);

    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(CHECK_EMAIL)).toBeVisible();

    await page.goto(linkPathIn(await latestEmailTo(email, "verify-email"), "/verify-email"));
    await page.getByRole("button", { name: "Verify email" }).click();
    await expect(page.getByText(/your email address is verified/i)).toBeVisible();

    const article = await createArticle();
    await page.goto(`/sign-in?next=/articles/${article.slug}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
    await expect(accountMenu(page)).toContainText("Plain Reader");

    await accountMenu(page).getByRole("button", { name: "Sign out" }).click();
    await expect(accountMenu(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  });
});
