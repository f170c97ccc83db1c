// The site settings form: admins save word lists (normalised), a stale tab is told to reload,
// editors are refused. Only made-up words are added, and the lists are put back: the settings
// row is shared with every other test.
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

test("an admin saves the suspect words; a second tab opened before is told someone else saved", async ({ page, browser }) => {
  const admin = await createUser({ role: "ADMIN" });
  const before = await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } });
  const word = `zqx${uniqueSuffix()}`;
  await signInAs(page, admin);

  const staleContext = await browser.newContext();
  const stale = await staleContext.newPage();
  await signInAs(stale, admin);
  await stale.goto("/admin/settings");

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  const suspect = page.getByLabel("Suspect words");
  await suspect.fill([...before.suspectWords, `  ${word.toUpperCase()} `, word].join("\n"));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect.poll(async () => (await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).suspectWords).toEqual([...before.suspectWords, word]);
  // The form shows the list as saved: lower-cased, once.
  await expect(suspect).toHaveValue([...before.suspectWords, word].join("\n"));

  await stale.getByLabel("Banned words").fill(`${word}-banned`);
  await stale.getByRole("button", { name: "Save settings" }).click();
  await expect(stale.getByText(/Someone else saved the settings after you opened this page/)).toBeVisible();
  // What the admin typed is still there to copy.
  await expect(stale.getByLabel("Banned words")).toHaveValue(`${word}-banned`);
  expect((await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).bannedWords).toEqual(before.bannedWords);
  await staleContext.close();

  // A bad number is named next to its field.
  await page.getByLabel("Flood window (seconds)").fill("0");
  await page.getByLabel("Flood window (seconds)").evaluate((input: HTMLInputElement) => input.removeAttribute("min"));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Flood window must be a whole number from 1 to 86400.")).toBeVisible();

  await page.reload();
  await page.getByLabel("Suspect words").fill(before.suspectWords.join("\n"));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await expect.poll(async () => (await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).suspectWords).toEqual(before.suspectWords);
  expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "settings.updated" } })).toBe(2);
});

test("editors may moderate but not change the settings", async ({ page }) => {
  const editor = await createUser({ role: "EDITOR" });
  await signInAs(page, editor);
  await page.goto("/admin");
  const newsroom = page.getByRole("navigation", { name: "Newsroom" });
  await expect(newsroom.getByRole("link", { name: "Comments" })).toBeVisible();
  await expect(newsroom.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Settings" })).toHaveCount(0);
  expect((await page.goto("/admin/settings"))?.status()).toBe(403);
});
