// The content API from a developer's side: an admin makes a key at /admin/integrations, and
// every response (lists with filters and keyset pages, one story, comments, tags, authors, and
// the errors) is validated against the OpenAPI description served at /api/content/openapi.json.
// An edit through the newsroom expires the API's cached copy like the reader page's.
import { expect, test } from "./helpers/test";
import { type APIResponse } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import { db } from "@/lib/db/client";
import { createArticle, createComment, createTag, createUser, uniqueSuffix } from "../factories";
import { signInAs } from "./helpers/session";

type TOpenApi = { openapi: string; paths: Record<string, { get: { responses: Record<string, { content: { "application/json": { schema: { $ref: string } } } }> } }> };

async function loadValidator(request: import("@playwright/test").APIRequestContext) {
  const response = await request.get("/api/content/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as TOpenApi;
  expect(document.openapi).toBe("3.1.0");
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(document, "openapi.json");
  /** Checks a real response against what the description says that path answers with that status. */
  return async function expectDescribed(path: string, response: APIResponse) {
    const described = document.paths[path]?.get.responses[String(response.status())];
    expect(described, `${path} documents status ${response.status()}`).toBeDefined();
    const validate = ajv.getSchema(`openapi.json${described!.content["application/json"].schema.$ref}`);
    const body: unknown = await response.json();
    const valid = validate!(body);
    expect(valid, `${path} ${response.status()}: ${JSON.stringify(validate!.errors)}`).toBe(true);
    return body;
  };
}

test("an admin makes a key; the API's responses match its OpenAPI description", async ({ page, playwright, baseURL }) => {
  const admin = await createUser({ role: "ADMIN" });
  const author = await createUser({ role: "AUTHOR" });
  const tag = await createTag();
  const older = await createArticle({ title: `API older ${uniqueSuffix()}`, authorIds: [author.id], tagIds: [tag.id], publishedAt: new Date(Date.now() - 2 * 60 * 60 * 1000) });
  const newer = await createArticle({ title: `API newer ${uniqueSuffix()}`, authorIds: [author.id], tagIds: [tag.id], publishedAt: new Date(Date.now() - 60 * 60 * 1000) });
  const draft = await createArticle({ status: "DRAFT", authorIds: [author.id], tagIds: [tag.id] });
  const first = await createComment({ articleId: newer.id });
  await createComment({ articleId: newer.id, parentId: first.id });
  await createComment({ articleId: newer.id, status: "PENDING" });

  await signInAs(page, admin);
  await page.goto("/admin/integrations");
  const keyName = `Static site ${uniqueSuffix()}`;
  await page.getByLabel("Name of the new key").fill(keyName);
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByLabel("The new key", { exact: true }).inputValue();
  expect(key).toMatch(/^mh_/);

  const api = await playwright.request.newContext({ baseURL: baseURL!, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
  const anonymous = await playwright.request.newContext({ baseURL: baseURL! });
  const expectDescribed = await loadValidator(anonymous);

  // Lists: by tag and author, newest first, one per page with a cursor; drafts never appear.
  const byTag = await api.get(`/api/content/articles?tag=${tag.slug}&author=${author.handle}&limit=1`);
  expect(byTag.status()).toBe(200);
  const pageOne = (await expectDescribed("/api/content/articles", byTag)) as { data: { slug: string; bodyHtml?: string }[]; meta: { nextCursor: string } };
  expect(pageOne.data.map((article) => article.slug)).toEqual([newer.slug]);
  const pageTwo = (await expectDescribed("/api/content/articles", await api.get(`/api/content/articles?tag=${tag.slug}&limit=1&after=${pageOne.meta.nextCursor}`))) as typeof pageOne;
  expect(pageTwo.data.map((article) => article.slug)).toEqual([older.slug]);
  expect(pageTwo.meta.nextCursor).toBeNull();
  const since = new Date(Date.now() - 90 * 60 * 1000).toISOString();
  const recent = (await expectDescribed("/api/content/articles", await api.get(`/api/content/articles?tag=${tag.slug}&publishedAfter=${since}`))) as typeof pageOne;
  expect(recent.data.map((article) => article.slug)).toEqual([newer.slug]);
  await expectDescribed("/api/content/articles", await api.get("/api/content/articles"));

  // One story: the document and its HTML.
  const one = await api.get(`/api/content/articles/${newer.slug}`);
  const story = (await expectDescribed("/api/content/articles/{slug}", one)) as { data: { title: string; body: { type: string }; bodyHtml: string } };
  expect(story.data.title).toBe(newer.title);
  expect(story.data.body.type).toBe("doc");
  expect(story.data.bodyHtml).toContain("<p>");
  expect((await api.get(`/api/content/articles/${draft.slug}`)).status()).toBe(404);
  await expectDescribed("/api/content/articles/{slug}", await api.get(`/api/content/articles/${draft.slug}`));

  // Comments: published only, oldest first.
  const comments = (await expectDescribed("/api/content/articles/{slug}/comments", await api.get(`/api/content/articles/${newer.slug}/comments`))) as { data: { id: string; parentId: string | null }[] };
  expect(comments.data).toHaveLength(2);
  expect(comments.data[1]?.parentId).toBe(first.id);

  const tags = (await expectDescribed("/api/content/tags", await api.get("/api/content/tags"))) as { data: { slug: string }[] };
  // Cached for up to a minute like the site's navigation (a tag made behind the app's back is not announced).
  expect(tags.data.length).toBeGreaterThan(0);
  const authors = (await expectDescribed("/api/content/authors", await api.get("/api/content/authors"))) as { data: { handle: string }[] };
  expect(authors.data.length).toBeGreaterThan(0);

  // Errors are described too.
  const badLimit = await api.get("/api/content/articles?limit=500");
  expect(badLimit.status()).toBe(400);
  expect(((await expectDescribed("/api/content/articles", badLimit)) as { fieldErrors: Record<string, string> }).fieldErrors).toHaveProperty("limit");
  const noKey = await anonymous.get("/api/content/articles");
  expect(noKey.status()).toBe(401);
  await expectDescribed("/api/content/articles", noKey);

  // Revoked: refused at once.
  await page.reload();
  await page.getByRole("button", { name: `Revoke ${keyName}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(keyName) })).toContainText("revoked");
  expect((await api.get("/api/content/tags")).status()).toBe(401);
  expect(await db.apiKey.count({ where: { keyHash: key } })).toBe(0);
  await api.dispose();
  await anonymous.dispose();
});

test("an edit in the newsroom expires the API's cached story", async ({ page, playwright, baseURL }) => {
  const admin = await createUser({ role: "ADMIN" });
  const editor = await createUser({ role: "EDITOR" });
  await signInAs(page, admin);
  await page.goto("/admin/integrations");
  await page.getByLabel("Name of the new key").fill(`Cache ${uniqueSuffix()}`);
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByLabel("The new key", { exact: true }).inputValue();
  const api = await playwright.request.newContext({ baseURL: baseURL!, extraHTTPHeaders: { authorization: `Bearer ${key}` } });

  const slug = `api-cache-${uniqueSuffix()}`;
  const document = (title: string, version?: number) => ({
    slug,
    title,
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: title }] }] },
    ...(version ? { version } : {}),
  });
  await page.context().clearCookies();
  await signInAs(page, editor);
  const created = await page.request.post("/api/newsroom/articles", { data: document("First headline") });
  expect(created.status()).toBe(201);
  // The API makes drafts; publish the way the newsroom does, through the workflow.
  const draft = await db.article.findUniqueOrThrow({ where: { slug } });
  await page.goto(`/admin/articles/${draft.id}`);
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect.poll(async () => (await db.article.findUniqueOrThrow({ where: { slug } })).status).toBe("PUBLISHED");
  const article = await db.article.findUniqueOrThrow({ where: { slug } });
  expect(((await (await api.get(`/api/content/articles/${slug}`)).json()) as { data: { title: string } }).data.title).toBe("First headline");

  const listed = async () => ((await (await api.get(`/api/content/articles?author=${editor.handle}`)).json()) as { data: { slug: string; title: string }[] }).data.find((story) => story.slug === slug)?.title;
  expect(await listed()).toBe("First headline");

  const updated = await page.request.post("/api/newsroom/articles", { data: document("Corrected headline", article.version) });
  expect(updated.status()).toBe(200);
  expect(((await (await api.get(`/api/content/articles/${slug}`)).json()) as { data: { title: string } }).data.title).toBe("Corrected headline");
  // The lists that showed it expire with it.
  expect(await listed()).toBe("Corrected headline");
  await api.dispose();
});
