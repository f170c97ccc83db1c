// Sign-out ends the session on the server: a copy of the cookie opens nothing afterwards.
// "Sign out everywhere" ends every session; staff sessions are short.
import { expect, test } from "./helpers/test";
import { type Browser, type Cookie, type Page } from "@playwright/test";
import { STAFF_SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";
import { db } from "@/lib/db/client";
import { createUser, DEFAULT_TEST_PASSWORD } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { sessionCookieName, signInAs } from "./helpers/session";

function accountMenu(page: Page) {
  return page.getByRole("navigation", { name: "Account" });
}

async function signInWithForm(page: Page, email: string) {
  await claimClientAddress(page);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEFAULT_TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(accountMenu(page).getByRole("button", { name: "Sign out" })).toBeVisible();
}

async function sessionCookie(page: Page): Promise<Cookie> {
  const cookie = (await page.context().cookies()).find((entry) => entry.name === sessionCookieName());
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

/** Opens /account in a fresh browser holding only `cookie`; true when the account page shows. */
async function cookieOpensAccount(browser: Browser, cookie: Cookie): Promise<boolean> {
  const context = await browser.newContext();
  try {
    await context.addCookies([cookie]);
    const page = await context.newPage();
    await page.goto("/account");
    return (await page.getByRole("heading", { level: 1, name: "Your account" }).count()) > 0;
  } finally {
    await context.close();
  }
}

test("after sign-out a copied session cookie no longer opens /account", async ({ page, browser }) => {
  const user = await createUser();
  await signInWithForm(page, user.email);
  const copied = await sessionCookie(page);
  expect(await cookieOpensAccount(browser, copied)).toBe(true);

  await accountMenu(page).getByRole("button", { name: "Sign out" }).click();
  await expect(accountMenu(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await cookieOpensAccount(browser, copied)).toBe(false);
});

test("'Sign out everywhere' on /account ends the sessions on other devices too", async ({ page, browser }) => {
  const user = await createUser();
  await signInAs(page, user);
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await signInAs(otherPage, user);
  const otherCookie = await sessionCookie(otherPage);
  await otherDevice.close();
  expect(await cookieOpensAccount(browser, otherCookie)).toBe(true);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await cookieOpensAccount(browser, otherCookie)).toBe(false);
  expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
});

test("a staff session lasts hours, a member's weeks", async ({ page }) => {
  const editor = await createUser({ role: "EDITOR" });
  await signInWithForm(page, editor.email);
  const staffExpiry = (await sessionCookie(page)).expires;
  expect(staffExpiry * 1000 - Date.now()).toBeLessThanOrEqual(STAFF_SESSION_MAX_AGE_SECONDS * 1000 + 60_000);
  expect(staffExpiry * 1000 - Date.now()).toBeGreaterThan(STAFF_SESSION_MAX_AGE_SECONDS * 1000 - 10 * 60_000);

  await page.context().clearCookies();
  const member = await createUser();
  await signInWithForm(page, member.email);
  expect((await sessionCookie(page)).expires * 1000 - Date.now()).toBeGreaterThan(7 * 24 * 60 * 60 * 1000);
});

test("a member's month-long session ends when they are made staff: staff sign in again", async ({ page, browser }) => {
  const member = await createUser();
  await signInAs(page, member);
  const cookie = await sessionCookie(page);
  expect(await cookieOpensAccount(browser, cookie)).toBe(true);
  await db.user.update({ where: { id: member.id }, data: { role: "AUTHOR" } });
  expect(await cookieOpensAccount(browser, cookie)).toBe(false);
});
