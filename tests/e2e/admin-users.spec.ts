// The newsroom's user management, as admins and as people who must not get in.
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

type TSignInUser = { id: string; tokenVersion: number };

async function signedInPage(browser: Browser, user: TSignInUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}

async function openUserPage(page: Page, user: { id: string; email: string; name: string }) {
  await page.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await page.getByRole("link", { name: user.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(user.name);
}

test("an admin promotes a member to editor, grants VIP and bans them; the audit log shows it; the member is signed out", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const admin = await createUser({ role: "ADMIN", name: `Admin Ada ${suffix}` });
  const member = await createUser({ name: `Member Milo ${suffix}` });
  const memberPage = await signedInPage(browser, member);
  await memberPage.goto("/account");
  await expect(memberPage.getByRole("heading", { level: 1 })).toHaveText("Your account");

  await signInAs(page, admin);
  await openUserPage(page, member);

  await page.getByRole("combobox", { name: "Role" }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText("Role changed.")).toBeVisible();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("EDITOR");

  await page.getByRole("button", { name: "Grant VIP" }).click();
  await expect(page.getByText("VIP granted.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Revoke VIP" })).toBeVisible();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: member.id } })).tier).toBe("VIP");

  await page.getByLabel("Reason for the ban").fill("Posting the same spam link under every story.");
  await page.getByRole("button", { name: "Ban user" }).click();
  await expect(page.getByRole("button", { name: "Lift the ban" })).toBeVisible();
  const banned = await db.user.findUniqueOrThrow({ where: { id: member.id } });
  expect(banned).toMatchObject({ status: "BANNED", banReason: "Posting the same spam link under every story." });
  expect(banned.tokenVersion).toBe(member.tokenVersion + 1);

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  const aboutMember = page.getByRole("row").filter({ hasText: member.name });
  await expect(aboutMember.filter({ hasText: "Role changed" })).toContainText("Member → Editor");
  await expect(aboutMember.filter({ hasText: "Membership changed" })).toContainText("Free → VIP");
  await expect(aboutMember.filter({ hasText: "Banned" })).toContainText("Reason: Posting the same spam link under every story.");
  await expect(aboutMember.first()).toContainText(admin.name);

  // The member's session ended with the ban: their next request is no longer signed in.
  await memberPage.goto("/account");
  await expect(memberPage).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await memberPage.context().close();
});

test("admins find people by part of their email or name", async ({ page }) => {
  const suffix = uniqueSuffix();
  const admin = await createUser({ role: "ADMIN" });
  const person = await createUser({ name: `Oriel Finch ${suffix}`, email: `oriel-${suffix}@example.com` });
  const other = await createUser({ name: `Someone Else ${suffix}` });
  await signInAs(page, admin);
  await page.goto("/admin/users");
  await page.getByLabel("Search by email or name").fill(`ORIEL-${suffix}`);
  // The header has the site search too: submit from the people search field itself.
  await page.getByLabel("Search by email or name").press("Enter");
  await expect(page).toHaveURL(/q=ORIEL-/);
  const rows = page.getByRole("row").filter({ hasText: suffix });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(person.name);
  await expect(rows).toContainText("Member");
  await expect(page.getByText(other.name)).toHaveCount(0);
});

test("members get the 403 page anywhere in the newsroom; visitors are sent to sign in", async ({ page, browser }) => {
  const member = await createUser();
  const target = await createUser();
  await signInAs(page, member);
  for (const path of ["/admin", "/admin/users", `/admin/users/${target.id}`, "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("You do not have access to this page");
    await expect(page.getByText(target.email)).toHaveCount(0);
  }

  const author = await createUser({ role: "AUTHOR" });
  const authorPage = await signedInPage(browser, author);
  expect((await authorPage.goto("/admin"))?.status()).toBe(200);
  await expect(authorPage.getByRole("link", { name: "Users" })).toHaveCount(0);
  expect((await authorPage.goto("/admin/users"))?.status()).toBe(403);
  await authorPage.context().close();

  const visitor = await browser.newPage();
  await visitor.goto("/admin/users");
  await expect(visitor).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await visitor.close();
});

test("a member posting an admin action directly gets 403, and nothing changes", async ({ page, browser }) => {
  const admin = await createUser({ role: "ADMIN" });
  const target = await createUser();
  const member = await createUser();

  // The admin's page provides what a real request looks like. Their own submissions are
  // intercepted and never reach the server.
  await signInAs(page, admin);
  await page.goto(`/admin/users/${target.id}`);
  const banForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Ban user" }) });
  await banForm.getByLabel("Reason for the ban").fill("Forged by a member.");
  const formFields = await banForm.evaluate((form: HTMLFormElement) =>
    [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as const),
  );
  expect(formFields.some(([name]) => name.startsWith("$ACTION_"))).toBe(true);

  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route(`**/admin/users/${target.id}`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    return route.abort();
  });
  await banForm.getByRole("button", { name: "Ban user" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  const script = captured as unknown as { headers: Record<string, string>; body: Buffer };
  expect(script.headers["next-action"]).toBeTruthy();

  const memberPage = await signedInPage(browser, member);
  const url = new URL(`/admin/users/${target.id}`, page.url()).toString();
  const origin = new URL(page.url()).origin;

  // As React's client sends it (fetch, with the Next-Action header).
  const scripted = await memberPage.request.post(url, {
    headers: {
      "next-action": script.headers["next-action"] ?? "",
      "content-type": script.headers["content-type"] ?? "",
      accept: "text/x-component",
      origin,
    },
    data: script.body,
    maxRedirects: 0,
  });
  expect(scripted.status()).toBe(403);

  // As a browser without JavaScript sends it (the form's own fields, no header).
  const plain = await memberPage.request.post(url, {
    headers: { origin },
    multipart: Object.fromEntries(formFields),
    maxRedirects: 0,
  });
  expect(plain.status()).toBe(403);
  expect(await plain.text()).toContain("You do not have access to this page");

  const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
  expect(after).toMatchObject({ status: "ACTIVE", banReason: null, bannedAt: null, tokenVersion: target.tokenVersion, role: "MEMBER" });
  expect(await db.auditEvent.count({ where: { targetType: "User", targetId: target.id } })).toBe(0);
  await memberPage.context().close();
});

test("an admin's own page offers no way to ban themselves", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await signInAs(page, admin);
  await page.goto(`/admin/users/${admin.id}`);
  await expect(page.getByText("You cannot ban yourself.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ban user" })).toHaveCount(0);
});

test("a stale page is told the user changed, rather than overwriting the change", async ({ page, browser }) => {
  const [first, second] = [await createUser({ role: "ADMIN" }), await createUser({ role: "ADMIN" })];
  const member = await createUser();
  const secondPage = await signedInPage(browser, second);
  await secondPage.goto(`/admin/users/${member.id}`);

  await signInAs(page, first);
  await page.goto(`/admin/users/${member.id}`);
  await page.getByRole("combobox", { name: "Role" }).selectOption("AUTHOR");
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText("Role changed.")).toBeVisible();

  // The second admin's page still says MEMBER.
  await secondPage.getByRole("combobox", { name: "Role" }).selectOption("EDITOR");
  await secondPage.getByRole("button", { name: "Change role" }).click();
  await expect(secondPage.getByText(/changed by someone else/)).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("AUTHOR");
  await secondPage.context().close();
});
