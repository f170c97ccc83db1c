// The edge cache Masthead ships (deploy/edge-cache/nginx.conf.template, nginx) in front of the
// server under test: signed-out reader pages are cached, personal requests pass through, and
// publishing, editing, a new comment, a hidden comment and an unpublish reach signed-out readers
// behind the cache within 2 seconds. When Masthead is down, cached pages are still served.
import { createServer, type Server } from "node:http";
import { expect, test } from "./helpers/test";
import { type Page } from "@playwright/test";
import { freePort, startEdgeCache, type TEdgeCache } from "../../deploy/edge-cache/start-edge-cache";
import { createArticle, createEstablishedMember, createUser, uniqueSuffix } from "../factories";
import { claimClientAddress } from "./helpers/client-address";
import { signInAs } from "./helpers/session";

let edge: TEdgeCache;

test.beforeAll(async ({}, testInfo) => {
  const backendPort = Number(new URL(testInfo.project.use.baseURL!).port);
  edge = await startEdgeCache({ backendPort, memory: "64m" });
});

test.afterAll(async () => {
  await edge?.stop();
});

/** A signed-out reader's request through the edge cache. */
async function throughEdge(path: string, init: RequestInit = {}): Promise<{ status: number; cache: string | null; html: string }> {
  const response = await fetch(`${edge.url}${path}`, { redirect: "manual", ...init });
  return { status: response.status, cache: response.headers.get("x-cache"), html: await response.text() };
}

/** Milliseconds until a signed-out reader behind the cache sees what `seen` looks for. */
async function millisecondsUntil(path: string, seen: (page: { status: number; html: string }) => boolean): Promise<number> {
  const started = Date.now();
  await expect.poll(async () => seen(await throughEdge(path)), { timeout: 2_000, intervals: [50] }).toBe(true);
  return Date.now() - started;
}

test("signed-out reader pages are cached; sessions, live queries, the newsroom and posts pass through", async () => {
  const article = await createArticle();
  const path = `/articles/${article.slug}`;
  await throughEdge(path);
  const again = await throughEdge(path);
  expect(again.status).toBe(200);
  expect(again.cache).toBe("HIT");
  expect(again.html).toContain(article.title);

  const cookie = { headers: { cookie: "theme=dark; next-auth.session-token=someone" } };
  expect((await throughEdge(path, cookie)).cache).toBe("PASS");
  // Other cookies do not split or bypass the cache.
  expect((await throughEdge(path, { headers: { cookie: "theme=dark" } })).cache).toBe("HIT");
  expect((await throughEdge("/?after=abc")).cache).toBe("PASS");
  expect((await throughEdge("/search?q=budget&tag=politics")).cache).toBe("PASS");
  expect((await throughEdge("/admin")).cache).toBe("PASS");
  expect((await throughEdge("/api/views", { method: "POST", body: "{}" })).cache).toBe("PASS");
});

test("an edit, a comment, a hidden comment and an unpublish reach readers behind the cache within 2 s", async ({ page, browser }) => {
  test.slow();
  const editor = await createUser({ role: "EDITOR" });
  const article = await createArticle({ authorIds: [editor.id], title: `Edge story ${uniqueSuffix()}` });
  const path = `/articles/${article.slug}`;
  await throughEdge(path);
  expect((await throughEdge(path)).cache).toBe("HIT");
  const figures: Record<string, number> = {};

  // An edit through the newsroom API.
  await signInAs(page, editor);
  const corrected = `Corrected ${article.title}`;
  const edit = await page.request.post("/api/newsroom/articles", {
    data: {
      slug: article.slug,
      title: corrected,
      version: article.version,
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Corrected text." }] }] },
    },
  });
  expect(edit.status()).toBe(200);
  figures.edit = await millisecondsUntil(path, ({ html }) => html.includes(corrected));

  // A member's comment, posted on Masthead itself (signed in, so not through the cache).
  const member = await createEstablishedMember();
  const memberPage = await browser.newPage();
  await claimClientAddress(memberPage);
  await signInAs(memberPage, member);
  await memberPage.goto(path);
  const text = `Seen behind the cache ${uniqueSuffix()}`;
  await memberPage.getByLabel("Comment", { exact: true }).fill(text);
  await memberPage.getByRole("button", { name: "Post comment" }).click();
  await expect(memberPage.getByText("Your comment is published.")).toBeVisible();
  figures.comment = await millisecondsUntil(path, ({ html }) => html.includes(text));
  await memberPage.close();

  // A moderator hides it.
  await page.goto(`/admin/comments?article=${article.id}`);
  await page.locator("li[data-comment-id]").filter({ hasText: text }).getByRole("button", { name: /^Hide/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Comment hidden." })).toBeVisible();
  figures.hide = await millisecondsUntil(path, ({ html }) => !html.includes(text));

  // The editor unpublishes the story.
  await unpublish(page, article.id);
  figures.unpublish = await millisecondsUntil(path, ({ status }) => status === 404);
  test.info().annotations.push({ type: "edge-cache freshness (ms)", description: JSON.stringify(figures) });
});

async function unpublish(page: Page, articleId: string) {
  await page.goto(`/admin/articles/${articleId}`);
  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Draft");
}

test("when Masthead stops answering, the cache keeps serving the pages it has (stale-if-error)", async () => {
  // A stand-in origin this test can stop; the real server is shared with other tests.
  let up = true;
  const origin: Server = createServer((request, response) => {
    if (!up) return void response.writeHead(503).end();
    response.writeHead(200, { "content-type": "text/html" }).end(`<h1>Front page at ${request.url}</h1>`);
  });
  const originPort = await freePort();
  await new Promise<void>((resolve) => origin.listen(originPort, "127.0.0.1", resolve));
  const cache = await startEdgeCache({ backendPort: originPort, memory: "16m" });
  try {
    const first = await fetch(`${cache.url}/`).then((r) => r.text());
    expect(first).toContain("Front page at /");
    up = false;
    // Each request finds the origin failing (503 here; refused or timed out alike) and gets the
    // cached copy instead, however old: every request over 6 s gets the page.
    const statuses: number[] = [];
    for (const started = Date.now(); Date.now() - started < 6_000; ) {
      const response = await fetch(`${cache.url}/`);
      expect(await response.text()).toContain("Front page at /");
      statuses.push(response.status);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(new Set(statuses)).toEqual(new Set([200]));
    // A page the cache never had gets the origin's own error.
    expect((await fetch(`${cache.url}/never-seen`)).status).toBe(503);
    // The origin gone altogether (connections refused): still the cached page.
    origin.closeAllConnections();
    await new Promise((resolve) => origin.close(resolve));
    for (const started = Date.now(); Date.now() - started < 2_000; ) {
      const response = await fetch(`${cache.url}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("Front page at /");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await cache.stop();
    if (origin.listening) origin.close();
  }
});
