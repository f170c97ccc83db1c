// The development mailbox: admins read every email the site wrote; nobody else can.
import { expect, test } from "./helpers/test";
import { createUser, uniqueSuffix } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { signInAs } from "./helpers/session";

test("an admin reads the newest emails, with their full text", async ({ page }) => {
  await claimClientAddress(page);
  const reader = await createUser({ name: `Mail <b>Reader</b> ${uniqueSuffix()}` });
  await page.goto("/reset-password");
  await page.getByLabel("Email").fill(reader.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(/we've sent it a link/)).toBeVisible();

  const admin = await createUser({ role: "ADMIN" });
  await signInAs(page, admin);
  await page.goto("/admin/mailbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mailbox");
  const email = page.getByRole("article").filter({ hasText: reader.email }).first();
  await expect(email.getByRole("heading")).toHaveText(/Reset your .* password/);
  await expect(email.locator("pre")).toContainText("/reset-password/confirm?token=");
  // Stored text is shown as text.
  await expect(email.locator("pre")).toContainText(`Hello ${reader.name},`);
  await expect(email.locator("pre b")).toHaveCount(0);
});

test("the mailbox is closed to everyone but admins", async ({ page }) => {
  const response = await page.goto("/admin/mailbox");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fmailbox$/);
  expect(response?.ok()).toBe(true);

  for (const role of ["EDITOR", "MEMBER"] as const) {
    await page.context().clearCookies();
    await signInAs(page, await createUser({ role }));
    const denied = await page.goto("/admin/mailbox");
    expect(denied?.status(), role).toBe(403);
    await expect(page.getByRole("heading", { name: "Mailbox" })).toHaveCount(0);
  }
});
