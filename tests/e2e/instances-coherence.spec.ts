// Two production instances behind no balancer at all: A and B share PostgreSQL, Redis (the page
// and data cache, database TEST_REDIS_DB+2) and an S3-compatible object store (s3rver). What a
// newsroom does through A, a signed-out reader on B sees within 2 seconds (issue 13;
// docs/decisions/0018-shared-cache-and-instances.md).
import { expect, test } from "./helpers/test";
import { type APIRequestContext, type Page } from "@playwright/test";
import sharp from "sharp";
import { db } from "@/lib/db/client";
import { JOB_KINDS } from "@/lib/articles/workflow/job-kinds";
import { encodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { createArticle, createComment, createUser, uniqueSuffix } from "../factories";
import { S3_TEST_CREDENTIALS, startS3TestServer } from "../setup/s3-test-server";
import { flushTestRedis, shouldSkipRedisTests, testRedisUrl } from "../setup/test-redis";
import { signInAs } from "./helpers/session";
import { startInstance, stopInstance, type TInstance } from "./helpers/production-instances";

const PORT_A = Number(process.env.TEST_INSTANCE_A_PORT ?? 3342);
const PORT_B = Number(process.env.TEST_INSTANCE_B_PORT ?? 3343);
const S3_PORT = Number(process.env.TEST_INSTANCE_S3_PORT ?? 3346);
const REDIS_OFFSET = 2;
const BUCKET = "masthead-instances-e2e";
const COHERENCE_MS = 2_000;
/**
 * How long A's own answer to an action may take: on a busy two-core machine a cold server's
 * first action took over 5 s (Playwright's default). Not what is measured: the 2 s of
 * coherence start once A has answered.
 */
const ACTION_ON_A = { timeout: 15_000 };

test.describe.configure({ mode: "serial", timeout: 120_000 });
// Several servers on the embedded PostgreSQL (one query at a time, docs/decisions/0002) is not a
// topology anyone runs: CI's second pass, on the machine's PostgreSQL, runs these.
test.skip(process.env.DATABASE_EMBEDDED === "1", "several instances need a real PostgreSQL (TEST_DATABASE_URL)");

let a: TInstance | undefined;
let b: TInstance | undefined;
let s3: Awaited<ReturnType<typeof startS3TestServer>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  test.skip(await shouldSkipRedisTests(), "no Redis on this machine");
  await flushTestRedis(REDIS_OFFSET);
  s3 = await startS3TestServer(S3_PORT, BUCKET);
  const env = {
    REDIS_URL: testRedisUrl(REDIS_OFFSET),
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: BUCKET,
    S3_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
  };
  [a, b] = await Promise.all([startInstance("instance A", PORT_A, env), startInstance("instance B", PORT_B, env)]);
});

test.afterAll(async () => {
  await Promise.all([stopInstance(a), stopInstance(b)]);
  await s3?.stop();
  await flushTestRedis(REDIS_OFFSET);
});

function on(instance: TInstance | undefined, path: string): string {
  if (!instance) throw new Error("instances not started");
  return `${instance.url}${path}`;
}

/** Polls B as a signed-out reader (no cookies) until the page satisfies `check`; fails after 2 s. */
async function seenOnB(request: APIRequestContext, path: string, check: (status: number, html: string) => boolean): Promise<void> {
  const started = Date.now();
  let last = "";
  while (Date.now() - started <= COHERENCE_MS) {
    const response = await request.get(on(b, path), { maxRedirects: 0 });
    const html = await response.text();
    if (check(response.status(), html)) return;
    last = `${response.status()} ${response.headers()["x-nextjs-cache"] ?? ""}`;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`B did not show the change to ${path} within ${COHERENCE_MS} ms (last answer: ${last})`);
}

/** Loads the page on B twice so the second answer is B's cached copy (HIT). */
async function warmOnB(request: APIRequestContext, path: string): Promise<string> {
  await request.get(on(b, path));
  const response = await request.get(on(b, path));
  return response.text();
}

async function editorOnA(page: Page) {
  const editor = await createUser({ role: "EDITOR" });
  await signInAs(page, editor);
  return editor;
}

test("publishing, editing and unpublishing through A reach a signed-out reader on B within 2 s", async ({ page, playwright }) => {
  const reader = await playwright.request.newContext();
  await editorOnA(page);
  const title = `Harbour vote ${uniqueSuffix()}`;
  const article = await createArticle({ status: "DRAFT", title });
  const path = `/articles/${article.slug}`;

  // B has the front page and the 404 for the slug in its cache before anything happens.
  expect(await warmOnB(reader, "/")).not.toContain(title);
  expect((await reader.get(on(b, path))).status()).toBe(404);

  await page.goto(on(a, `/admin/articles/${article.id}`));
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Published", ACTION_ON_A);
  await seenOnB(reader, path, (status, html) => status === 200 && html.includes(title));
  await seenOnB(reader, "/", (status, html) => status === 200 && html.includes(title));

  const edited = `${title} (updated)`;
  await page.goto(on(a, `/admin/articles/${article.id}/edit`));
  // The editor body appears once the form has hydrated; a title typed earlier would be lost.
  await expect(page.getByRole("textbox", { name: "Article body" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(edited);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible(ACTION_ON_A);
  await seenOnB(reader, path, (status, html) => status === 200 && html.includes(edited));

  await page.goto(on(a, `/admin/articles/${article.id}`));
  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Draft", ACTION_ON_A);
  await seenOnB(reader, path, (status) => status === 404);
  await seenOnB(reader, "/", (status, html) => status === 200 && !html.includes(edited));
  await reader.dispose();
});

test("a comment hidden through A disappears for a signed-out reader on B within 2 s", async ({ page, playwright }) => {
  const reader = await playwright.request.newContext();
  const article = await createArticle({ title: `Budget night ${uniqueSuffix()}` });
  const body = `A remark to hide ${uniqueSuffix()}.`;
  const comment = await createComment({ articleId: article.id, body });
  const path = `/articles/${article.slug}`;
  expect(await warmOnB(reader, path)).toContain(body);

  await editorOnA(page);
  await page.goto(on(a, `/admin/comments?article=${article.id}`));
  await page.locator(`li[data-comment-id="${comment.id}"]`).getByRole("button", { name: /^Hide/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Comment hidden." })).toBeVisible(ACTION_ON_A);
  await seenOnB(reader, path, (status, html) => status === 200 && !html.includes(body));
  await reader.dispose();
});

test("a comment approved through A reaches the live-update poll of readers on B within 2 s", async ({ page, playwright }) => {
  const reader = await playwright.request.newContext();
  const article = await createArticle({ title: `Night shift ${uniqueSuffix()}` });
  const first = await createComment({ articleId: article.id, body: `First remark ${uniqueSuffix()}.` });
  const body = `A remark waiting for approval ${uniqueSuffix()}.`;
  const waiting = await createComment({ articleId: article.id, body, status: "PENDING" });
  // The poll the thread makes from the newest comment it shows (components/comments/live-new-comments.tsx).
  const poll = `/api/articles/${article.id}/comments/since?after=${encodeKeysetCursor({ at: first.createdAt.toISOString(), id: first.id })}`;
  expect(await (await reader.get(on(b, poll))).json()).toMatchObject({ comments: [] });

  await editorOnA(page);
  // The article's own list: the pending queue is oldest first, a page at a time, and the suite's
  // other tests leave held comments of their own on its first page.
  await page.goto(on(a, `/admin/comments?article=${article.id}`));
  await page.locator(`li[data-comment-id="${waiting.id}"]`).getByRole("button", { name: /^Approve/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Comment approved." })).toBeVisible(ACTION_ON_A);
  await seenOnB(reader, poll, (status, json) => status === 200 && json.includes(body));
  await reader.dispose();
});

test("an image uploaded through A is served by B", async ({ page, playwright }) => {
  await editorOnA(page);
  const altText = `Quay at dusk ${uniqueSuffix()}`;
  const image = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toBuffer();
  await page.goto(on(a, "/admin/media"));
  const upload = page.locator("form#upload-image");
  await upload.getByLabel("Image").setInputFiles({ name: "quay.jpg", mimeType: "image/jpeg", buffer: image });
  await upload.getByLabel("Alt text").fill(altText);
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(upload.getByText("Image uploaded.")).toBeVisible(ACTION_ON_A);
  const url = await page.getByRole("listitem", { name: altText }).getByLabel("Image URL").inputValue();

  const reader = await playwright.request.newContext();
  const response = await reader.get(on(b, url));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/webp");
  expect(await sharp(await response.body()).metadata()).toMatchObject({ format: "webp", width: 900 });
  await reader.dispose();
});

test("a scheduled article is published once, though every instance runs the job runner", async ({ playwright, baseURL }) => {
  const reader = await playwright.request.newContext();
  const runAt = new Date(Date.now() + 1_000);
  const article = await createArticle({ status: "SCHEDULED", publishedAt: runAt, title: `Dawn edition ${uniqueSuffix()}` });
  const job = await db.scheduledJob.create({ data: { kind: JOB_KINDS.publish, articleId: article.id, runAt } });
  const path = `/articles/${article.slug}`;
  expect((await reader.get(on(b, path))).status()).toBe(404);

  // Three runners poll every 5 s: A, B and the suite's own server.
  await expect.poll(async () => (await db.scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).status, { timeout: 20_000 }).toBe("DONE");
  // A and B share a Redis cache, as a deployment's instances do; the suite's own server keeps
  // its cache in memory, so when its runner wins the claim only its own readers are told at once.
  const ranOnAOrB = [a, b].some((instance) => instance?.output.join("").includes(job.id));
  if (ranOnAOrB) {
    await seenOnB(reader, path, (status, html) => status === 200 && html.includes(article.title));
  } else {
    await expect.poll(async () => (await reader.get(`${baseURL}${path}`)).status(), { timeout: COHERENCE_MS }).toBe(200);
  }
  // Give any second runner time to act, had it claimed the job too.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  expect(await db.scheduledJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "DONE", attempts: 1 });
  expect(await db.auditEvent.count({ where: { targetId: article.id, action: "article.published" } })).toBe(1);
  await reader.dispose();
});
