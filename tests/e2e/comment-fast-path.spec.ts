// The comment form's JSON posts skip Next's router once the endpoint's module is loaded
// (lib/http/fast-comment-posts.ts): answered by the same function as the route handler, with
// the same refusals and the headers every response carries.
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createEstablishedMember, uniqueSuffix } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { signInAs } from "./helpers/session";

test("the form's posts are answered before Next's router, and are stored once each", async ({ page, baseURL }) => {
  const article = await createArticle();
  await claimClientAddress(page);
  await signInAs(page, await createEstablishedMember());
  await page.goto(`/articles/${article.slug}`);
  const answers: { fastPath: string | null; status: number; nosniff: string | null; csp: string | null }[] = [];
  page.on("response", (response) => {
    if (response.request().method() === "POST" && response.url().endsWith(`/api/articles/${article.id}/comments`)) {
      const headers = response.headers();
      answers.push({ fastPath: headers["x-masthead-fast-path"] ?? null, status: response.status(), nosniff: headers["x-content-type-options"] ?? null, csp: headers["content-security-policy"] ?? null });
    }
  });
  const texts = [`First through the form ${uniqueSuffix()}`, `Second through the form ${uniqueSuffix()}`];
  for (const text of texts) {
    await page.getByLabel("Comment", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Post comment" }).click();
    await expect(page.getByRole("list", { name: "Comments", exact: true }).getByText(text)).toBeVisible();
  }
  expect(answers).toHaveLength(2);
  // The first post of a fresh server loads the route module through Next; every later one is fast.
  expect(answers[1]).toEqual({ fastPath: "1", status: 200, nosniff: "nosniff", csp: expect.stringContaining("default-src 'none'") as unknown as string });
  expect(await db.comment.count({ where: { articleId: article.id } })).toBe(2);
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentCount).toBe(2);

  // Refusals on the fast path: another site, a stranger, a field that is wrong.
  const url = `/api/articles/${article.id}/comments`;
  const crossSite = await page.request.post(url, { headers: { origin: "https://evil.example", "content-type": "application/json" }, data: "{}" });
  expect(crossSite.status()).toBe(403);
  const stranger = await page.context().browser()!.newContext({ baseURL });
  const anonymous = await stranger.request.post(url, { headers: { origin: baseURL ?? "", "content-type": "application/json" }, data: "{}" });
  expect(anonymous.status()).toBe(401);
  await stranger.close();
  const empty = await page.request.post(url, { headers: { origin: baseURL ?? "", "content-type": "application/json" }, data: { clientToken: "0".repeat(32), body: "" } });
  expect(empty.status()).toBe(400);
  expect(empty.headers()["x-masthead-fast-path"]).toBe("1");
  expect(((await empty.json()) as { fieldErrors: Record<string, string> }).fieldErrors).toHaveProperty("body");
  expect(await db.comment.count({ where: { articleId: article.id } })).toBe(2);
});
