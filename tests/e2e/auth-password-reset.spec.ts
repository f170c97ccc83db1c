// Forgotten password: the emailed link leads to a form; the new password works, the old one
// stops working, every other session ends, and the link cannot be used twice.
import { type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createUser, DEFAULT_TEST_PASSWORD, uniqueSuffix } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { countEmailsTo, latestEmailTo, linkPathIn } from "./helpers/outbox";
import { signInAs } from "./helpers/session";

const NEW_PASSWORD = "a-fresh-harbour-lantern-2027";
const SENT = /If an account uses that email, we've sent it a link/;

function accountMenu(page: Page) {
  return page.getByRole("navigation", { name: "Account" });
}

async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  // Wait for the answer: the previous message is still on screen until it arrives.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

test("a reader resets their password through the emailed link", async ({ page, browser }) => {
  test.slow(); // two browsers and a dozen page loads
  await claimClientAddress(page);
  const user = await createUser();
  // Another device, signed in before the reset: it must be signed out by it.
  const otherDevice = await browser.newPage();
  await signInAs(otherDevice, user);
  await otherDevice.goto("/");
  await expect(accountMenu(otherDevice)).toContainText(user.name);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/reset-password$/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(SENT)).toBeVisible();

  const linkPath = linkPathIn(await latestEmailTo(user.email, "reset-password"), "/reset-password/confirm");
  await page.goto(linkPath);
  // Opening the link changed nothing.
  expect(await db.emailToken.count({ where: { userId: user.id, purpose: "RESET_PASSWORD", usedAt: null } })).toBe(1);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(/Your password has been changed/)).toBeVisible();

  await otherDevice.reload();
  await expect(accountMenu(otherDevice).getByRole("link", { name: "Sign in" })).toBeVisible();
  await otherDevice.close();

  await submitSignIn(page, user.email, DEFAULT_TEST_PASSWORD);
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await submitSignIn(page, user.email, NEW_PASSWORD);
  await expect(accountMenu(page)).toContainText(user.name);

  // The link is spent.
  await page.goto(linkPath);
  await expect(page.getByText("This link has expired or has already been used.")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
});

test("asking for a reset answers the same whether or not the email has an account", async ({ page }) => {
  await claimClientAddress(page);
  const user = await createUser();
  const stranger = `nobody-${uniqueSuffix()}@example.com`;
  const answers: string[] = [];
  for (const email of [user.email, stranger]) {
    await page.goto("/reset-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    const status = page.getByRole("status").filter({ hasText: SENT });
    await expect(status).toBeVisible();
    answers.push((await status.textContent()) ?? "");
  }
  expect(answers[0]).toBe(answers[1]);
  expect(await countEmailsTo(user.email, "reset-password")).toBe(1);
  expect(await countEmailsTo(stranger)).toBe(0);
});

test("the new password must follow the policy, and the form says which rule", async ({ page }) => {
  await claimClientAddress(page);
  const user = await createUser();
  await page.goto("/reset-password");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(SENT)).toBeVisible();

  await page.goto(linkPathIn(await latestEmailTo(user.email, "reset-password"), "/reset-password/confirm"));
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Password must be at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
});

test("a made-up reset link shows a way to ask for a real one", async ({ page }) => {
  await page.goto(`/reset-password/confirm?token=${"A".repeat(43)}`);
  await expect(page.getByText("This link has expired or has already been used.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute("href", "/reset-password");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("asking for a link and setting a new password both work", async ({ page }) => {
    await claimClientAddress(page);
    const user = await createUser();
    await page.goto("/reset-password");
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByText(SENT)).toBeVisible();

    await page.goto(linkPathIn(await latestEmailTo(user.email, "reset-password"), "/reset-password/confirm"));
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByText(/Your password has been changed/)).toBeVisible();
    await submitSignIn(page, user.email, NEW_PASSWORD);
    await expect(accountMenu(page)).toContainText(user.name);
  });
});
