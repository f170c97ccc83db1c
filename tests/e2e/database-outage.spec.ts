// With PostgreSQL unreachable (issue 15, item 7): reader pages already cached are served stale,
// also after a tag expiry; every page that needs the database gets a server-rendered 503 page
// with Retry-After and a sentence a reader without JavaScript can read; and the site recovers by
// itself when the database returns. The instance under test reaches PostgreSQL through a TCP
// relay in this process, which the test cuts and restores.
import net from "node:net";
import { createArticle, createUser, uniqueSuffix } from "../factories";
import { paragraph } from "../factories/documents";
import { startInstance, stopInstance, type TInstance } from "./helpers/production-instances";
import { expect, test } from "./helpers/test";
import { signInAs } from "./helpers/session";

const PORT = Number(process.env.TEST_INSTANCE_FAULT_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 5);
const UNAVAILABLE = "The site cannot reach its database just now";

test.skip(process.env.DATABASE_EMBEDDED === "1", "the relay needs a PostgreSQL on TCP (TEST_DATABASE_URL)");

/** A TCP relay to PostgreSQL that can be cut (listener closed, open connections dropped) and restored. */
class DatabaseRelay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

let relay: DatabaseRelay;
let instance: TInstance | undefined;

test.beforeAll(async () => {
  const url = new URL(process.env.DATABASE_URL ?? "");
  relay = new DatabaseRelay({ host: url.hostname, port: Number(url.port || 5432) });
  await relay.open();
  url.host = `127.0.0.1:${relay.port}`;
  // Its own memory cache (no Redis) and no job runner: only these requests touch the database.
  instance = await startInstance("outage instance", PORT, { DATABASE_URL: url.toString(), REDIS_URL: "", MASTHEAD_DISABLE_JOB_RUNNER: "1", TRUSTED_PROXIES: "127.0.0.1" });
});

test.afterAll(async () => {
  await stopInstance(instance);
  await relay?.cut();
});

test("with the database down: cached pages stale, others 503 with Retry-After, readable without JavaScript; then recovery", async ({ browser }) => {
  test.setTimeout(120_000);
  const base = instance!.url;
  const suffix = uniqueSuffix();
  const editor = await createUser({ role: "EDITOR" });
  const cached = await createArticle({ status: "PUBLISHED", title: `Read before the outage ${suffix}`, authorIds: [editor.id] });
  const expired = await createArticle({ status: "PUBLISHED", title: `Edited before the outage ${suffix}`, authorIds: [editor.id] });
  const never = await createArticle({ status: "PUBLISHED", title: `Never read before the outage ${suffix}` });

  const reader = await browser.newContext({ javaScriptEnabled: false });
  const page = await reader.newPage();
  for (const article of [cached, expired]) {
    expect((await page.goto(`${base}/articles/${article.slug}`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  }

  // An edit through the newsroom API expires the second story's cache tags; nobody reads it
  // before the database goes away.
  const newsroom = await browser.newContext();
  const editorPage = await newsroom.newPage();
  await signInAs(editorPage, editor);
  const edited = await editorPage.request.post(`${base}/api/newsroom/articles`, {
    data: { slug: expired.slug, title: `Corrected ${expired.title}`, body: { type: "doc", content: [paragraph("Corrected.")] }, tags: ["Wire"], version: 1 },
  });
  expect(edited.status(), await edited.text()).toBe(200);

  await relay.cut();

  // Pages rendered per request: the admin and the account pages. (The first request to meet the
  // outage fails its render and is answered 503 as it fails; later ones without rendering.)
  for (const path of ["/admin", "/account", "/admin"]) {
    const response = await editorPage.request.get(`${base}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(503);
    expect(Number(response.headers()["retry-after"]), path).toBeGreaterThan(0);
    expect(await response.text(), path).toContain(UNAVAILABLE);
  }

  // Reader pages already in the cache: served as they were, expired or not.
  const stale = await page.goto(`${base}/articles/${cached.slug}`);
  expect(stale?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cached.title);
  const afterExpiry = await page.goto(`${base}/articles/${expired.slug}`);
  expect(afterExpiry?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(expired.title);

  // A reader page never cached: 503, Retry-After, and a sentence without scripts.
  const uncached = await page.goto(`${base}/articles/${never.slug}`);
  expect(uncached?.status()).toBe(503);
  expect(Number(uncached?.headers()["retry-after"])).toBeGreaterThan(0);
  // Next's error shell, whose body only scripts fill in, carries the words for a reader without
  // them (in a <noscript>, which Playwright's text locators skip: its role locators do not).
  await expect(page.getByRole("heading", { name: "We will be back in a moment" })).toBeVisible();
  expect(await uncached?.text()).toMatch(new RegExp(`<body[^>]*><noscript>.*${UNAVAILABLE}`));

  await relay.open();
  // Back by itself: within a few seconds pages that need the database work again.
  await expect.poll(async () => (await editorPage.request.get(`${base}/admin`, { maxRedirects: 0 })).status(), { timeout: 20_000 }).toBe(200);
  expect((await page.goto(`${base}/articles/${never.slug}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(never.title);
  await reader.close();
  await newsroom.close();
});
