// POST /api/newsroom/articles: the content API writes through the same rules as the import,
// signed in with the newsroom session, refusing other sites and people without the permission.
import { expect, test } from "./helpers/test";
import { db } from "@/lib/db/client";
import { createArticle, createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

function document(slug: string, text: string, extra: Record<string, unknown> = {}) {
  return { slug, title: `API story ${slug}`, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] }, tags: ["Wire"], ...extra };
}

test("an editor creates and updates articles through the API; each write keeps an api revision", async ({ page, browser }) => {
  const editor = await createUser({ role: "EDITOR" });
  const slug = `api-created-${uniqueSuffix()}`;
  await signInAs(page, editor);

  const created = await page.request.post("/api/newsroom/articles", { data: document(slug, "First words.") });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as { status: string; articleId: string; version: number };
  expect(body).toMatchObject({ status: "created", slug, version: 1 });
  expect(await db.articleRevision.findMany({ where: { articleId: body.articleId }, select: { source: true, version: true } })).toEqual([{ source: "api", version: 1 }]);

  const again = await page.request.post("/api/newsroom/articles", { data: document(slug, "First words.") });
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ status: "unchanged", version: 1 });

  const withoutVersion = await page.request.post("/api/newsroom/articles", { data: document(slug, "Second words.") });
  expect(withoutVersion.status()).toBe(409);
  expect((await withoutVersion.json()) as { error: string }).toMatchObject({ error: expect.stringContaining('add "version": 1') });

  // A published story edited through the API: readers see the new text at once.
  const published = await createArticle({ status: "PUBLISHED", authorIds: [editor.id] });
  const reader = await browser.newPage();
  await reader.goto(`/articles/${published.slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(published.title);
  const updated = await page.request.post("/api/newsroom/articles", {
    data: document(published.slug, "Corrected through the API.", { title: `Corrected ${published.title}`, version: 1 }),
  });
  expect(updated.status()).toBe(200);
  expect(await updated.json()).toMatchObject({ status: "updated", version: 2 });
  await reader.goto(`/articles/${published.slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Corrected ${published.title}`);
  await expect(reader.getByText("Corrected through the API.")).toBeVisible();
  await reader.close();
  expect(await db.auditEvent.count({ where: { targetId: published.id, action: "article.edited", actorId: editor.id } })).toBe(1);
});

test("the API refuses other sites, non-JSON bodies, signed-out callers, members and invalid documents", async ({ page, playwright, baseURL }) => {
  const slug = `api-refused-${uniqueSuffix()}`;
  const anonymous = await playwright.request.newContext({ baseURL: baseURL! });
  expect((await anonymous.post("/api/newsroom/articles", { data: document(slug, "x") })).status()).toBe(401);
  await anonymous.dispose();

  const member = await createUser({ role: "MEMBER" });
  await signInAs(page, member);
  expect((await page.request.post("/api/newsroom/articles", { data: document(slug, "x") })).status()).toBe(403);

  const editor = await createUser({ role: "EDITOR" });
  await page.context().clearCookies();
  await signInAs(page, editor);
  const crossSite = await page.request.post("/api/newsroom/articles", { data: document(slug, "x"), headers: { origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  const plainText = await page.request.post("/api/newsroom/articles", { data: JSON.stringify(document(slug, "x")), headers: { "content-type": "text/plain" } });
  expect(plainText.status()).toBe(415);

  const invalid = await page.request.post("/api/newsroom/articles", {
    data: document(slug, "x", { body: { type: "doc", content: [{ type: "image", attrs: { src: "javascript:alert(1)", alt: "x" } }] } }),
  });
  expect(invalid.status()).toBe(400);
  const answer = (await invalid.json()) as { error: string; fieldErrors: Record<string, string> };
  expect(answer.error).toContain("(at body.content.0.attrs.src)");
  expect(Object.keys(answer.fieldErrors)).toContain("body.content.0.attrs.src");
  expect(await db.article.count({ where: { slug } })).toBe(0);
});
