// Addresses that used to reach PostgreSQL with a NUL or an undecodable escape and end in a 500,
// a server action posted from another site, and a server action that fails: each gets a clear
// 4xx a reader can read.
import { createArticle, createUser } from "../factories";
import { expect, test } from "./helpers/test";
import { signInAs } from "./helpers/session";

// The reader pages' plain GETs skip proxy.ts (its matcher); anything odd in them must not.
const MALFORMED = [
  "/articles/%00",
  "/authors/%00",
  "/articles/%E0%A4%A",
  "/authors/%ff",
  "/tags/%00/feed.json",
  "/search?q=a%00",
  "/search?q=budget&tag=%00",
  "/?after=%00",
  "/tags/politics?after=%00",
  "/media/%ff",
];

test("malformed addresses answer 400 with a page that reads without JavaScript", async ({ request }) => {
  for (const path of MALFORMED) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("That address is not one we can read");
  }
});

test("an admin's search with a NUL answers 400, not 500", async ({ page }) => {
  await signInAs(page, await createUser({ role: "ADMIN" }));
  const response = await page.request.get("/admin/users?q=%00");
  expect(response.status()).toBe(400);
});

test("a server action or form posted from another site gets 403", async ({ page, baseURL }) => {
  await signInAs(page, await createUser({ role: "MEMBER" }));
  const action = await page.request.post("/account", {
    headers: { "next-action": "7f00000000000000000000000000000000000000aa", origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(action.status()).toBe(403);
  const form = await page.request.post("/account", {
    headers: { origin: "https://evil.example" },
    form: { name: "Mallory" },
    maxRedirects: 0,
  });
  expect(form.status()).toBe(403);
  // A reader page, posted cross-site without a session (the proxy's matcher sees the Origin).
  const article = await createArticle();
  const readerPagePost = await fetch(`${baseURL}/articles/${article.slug}`, {
    method: "POST",
    headers: { "next-action": "7f00000000000000000000000000000000000000aa", origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
    body: "[]",
    redirect: "manual",
  });
  expect(readerPagePost.status).toBe(403);
  // The same request from our own pages is not refused by that rule.
  const own = await page.request.post("/api/views", { headers: { origin: baseURL ?? "" }, data: {} });
  expect(own.status()).not.toBe(403);
});

test("a failed server action answers with its status, and the form still shows why", async ({ page, browser }) => {
  const member = await createUser({ role: "MEMBER" });
  await signInAs(page, member);
  await page.goto("/account");
  // Through React's client (the Next-Action fetch).
  await page.getByLabel("Display name").fill("   ");
  const scripted = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/account"));
  await page.getByRole("button", { name: "Save profile" }).click();
  expect((await scripted).status()).toBe(400);
  await expect(page.getByText("Enter a display name.")).toBeVisible();
  // The same form posted as plain HTML.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const plainPage = await plain.newPage();
  await signInAs(plainPage, member);
  await plainPage.goto("/account");
  await plainPage.getByLabel("Display name").fill("   ");
  const posted = plainPage.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/account"));
  await plainPage.getByRole("button", { name: "Save profile" }).click();
  expect((await posted).status()).toBe(400);
  await expect(plainPage.getByText("Enter a display name.")).toBeVisible();
  // A successful save is still a 200.
  await plainPage.getByLabel("Display name").fill(`Saved ${member.id.slice(-6)}`);
  const saved = plainPage.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/account"));
  await plainPage.getByRole("button", { name: "Save profile" }).click();
  expect((await saved).status()).toBe(200);
  await expect(plainPage.getByText("Profile saved.")).toBeVisible();
  await plain.close();
});
