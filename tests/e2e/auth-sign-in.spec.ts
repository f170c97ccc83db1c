// Signing in: one answer for unknown emails and wrong passwords, throttling, no open
// redirect, and what a banned reader sees.
import { type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createUser, DEFAULT_TEST_PASSWORD, uniqueSuffix } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { signInAs } from "./helpers/session";

const REJECTED = "That email and password don't match an account.";

function accountMenu(page: Page) {
  return page.getByRole("navigation", { name: "Account" });
}

async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  // Wait for the answer: the previous message is still on screen until it arrives.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

test("an unknown email and a wrong password get the same message", async ({ page }) => {
  await claimClientAddress(page);
  const user = await createUser();

  await page.goto("/sign-in");
  await submitSignIn(page, `nobody-${uniqueSuffix()}@example.com`, DEFAULT_TEST_PASSWORD);
  const status = page.getByRole("status").filter({ hasText: REJECTED });
  await expect(status).toBeVisible();
  const unknownText = await status.textContent();

  await page.goto("/sign-in");
  await submitSignIn(page, user.email, "not-the-right-password");
  await expect(status).toBeVisible();
  expect(await status.textContent()).toBe(unknownText);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("after five wrong passwords the account waits, even for the right password", async ({ page }) => {
  // Six argon2 checks in a row: slow on a loaded two-core machine.
  test.setTimeout(90_000);
  await claimClientAddress(page);
  const user = await createUser();
  // A fresh page for each attempt: on the same page the previous answer is still on screen, and
  // the form resets itself when the next answer arrives, which can empty a field being filled.
  for (let i = 0; i < 5; i++) {
    await page.goto("/sign-in");
    await submitSignIn(page, user.email, `wrong-password-${i}`);
    await expect(page.getByText(REJECTED)).toBeVisible();
  }
  await page.goto("/sign-in");
  const refused = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in");
  await submitSignIn(page, user.email, DEFAULT_TEST_PASSWORD);
  // Refused with HTTP 429 and Retry-After (lib/actions.ts), the form still saying why.
  expect((await refused).status()).toBe(429);
  expect(Number((await refused).headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByText(/Too many attempts\. Try again in 1 minute\./)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(accountMenu(page).getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a stranger's wrong guesses do not keep the owner, on their own address, out", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await claimClientAddress(page);
  const editor = await createUser({ role: "EDITOR" });
  for (let i = 0; i < 5; i++) {
    await page.goto("/sign-in");
    await submitSignIn(page, editor.email, `stranger-guess-${i}`);
    await expect(page.getByText(REJECTED)).toBeVisible();
  }
  await page.goto("/sign-in");
  await submitSignIn(page, editor.email, DEFAULT_TEST_PASSWORD);
  await expect(page.getByText(/Too many attempts/)).toBeVisible();

  const owner = await browser.newPage();
  await claimClientAddress(owner);
  await owner.goto("/sign-in");
  await submitSignIn(owner, editor.email, DEFAULT_TEST_PASSWORD);
  await expect(accountMenu(owner)).toContainText(editor.name);
  await owner.close();
});

test("a return address on another site is ignored: sign-in ends on the front page", async ({ page }) => {
  await claimClientAddress(page);
  const user = await createUser();
  for (const next of ["https://evil.example", "//evil.example/articles", "/\\evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await submitSignIn(page, user.email, DEFAULT_TEST_PASSWORD);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await expect(accountMenu(page)).toContainText(user.name);
  }
});

test("a signed-in reader who opens the sign-in page is sent on", async ({ page }) => {
  const user = await createUser();
  await signInAs(page, user);
  await page.goto("/sign-in?next=/tags/no-such-tag-either");
  await expect(page).toHaveURL(/\/tags\/no-such-tag-either$/);
});

test("a banned reader who signs in is shown the ban and its reason", async ({ page }) => {
  await claimClientAddress(page);
  const user = await createUser({ status: "BANNED", banReason: `Repeated spam ${uniqueSuffix()}` });
  await page.goto("/sign-in");
  await submitSignIn(page, user.email, DEFAULT_TEST_PASSWORD);
  await expect(page).toHaveURL(/\/banned$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account is suspended");
  await expect(page.getByText(user.banReason ?? "")).toBeVisible();
});

test("a reader banned mid-session is sent to /banned on the next request, and can sign out", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await signInAs(page, admin);
  await page.goto("/admin/mailbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mailbox");

  const reason = `Abusive messages ${uniqueSuffix()}`;
  await db.user.update({ where: { id: admin.id }, data: { status: "BANNED", banReason: reason } });
  await page.goto("/admin/mailbox");
  await expect(page).toHaveURL(/\/banned$/);
  await expect(page.getByText(reason)).toBeVisible();
  await expect(accountMenu(page).getByRole("link", { name: "Account suspended" })).toBeVisible();

  await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await expect(accountMenu(page).getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("the /banned page sends everyone who is not banned to the front page", async ({ page }) => {
  await page.goto("/banned");
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await claimClientAddress(page);
  const user = await createUser();
  await page.goto("/sign-in");
  await submitSignIn(page, user.email, DEFAULT_TEST_PASSWORD);
  await expect(accountMenu(page)).toContainText(user.name);
  const cookie = (await page.context().cookies()).find((entry) => entry.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
