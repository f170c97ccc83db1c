// Error pages a reader without JavaScript can read (issue 15, item 7). A notFound() or forbidden()
// thrown outside a Suspense boundary makes Next answer with an empty shell that only scripts
// fill in (vercel/next.js#62228); these pages must carry their words in the server's HTML, with
// the right status. (The 503 page of a database outage: database-outage.spec.ts.)
import { createUser, uniqueSuffix } from "../factories";
import { expect, test } from "./helpers/test";
import { signInAs } from "./helpers/session";

test.use({ javaScriptEnabled: false });

const UNKNOWN = () => {
  const suffix = uniqueSuffix();
  return [`/articles/no-such-story-${suffix}`, `/authors/no-such-author-${suffix}`, `/tags/no-such-topic-${suffix}`, "/archive/2031/13"];
};

test("an unknown article, author, topic or month: 404 with words, signed out (cached copy)", async ({ page }) => {
  for (const path of UNKNOWN()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" }), path).toBeVisible();
    await expect(page.getByRole("link", { name: "front page" }), path).toBeVisible();
  }
});

test("an unknown article, author, topic or month: 404 with words, signed in (live copy)", async ({ page }) => {
  await signInAs(page, await createUser());
  for (const path of UNKNOWN()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" }), path).toBeVisible();
  }
});

test("a page someone's role does not allow: 403 with words", async ({ page }) => {
  await signInAs(page, await createUser({ role: "MEMBER" }));
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the front page" })).toBeVisible();
});
