import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Redis } from "ioredis";
import { createCacheCore } from "@/lib/cache/cache-core.mjs";
import { createMemoryCacheStore } from "@/lib/cache/memory-cache-store.mjs";
import { createCacheRedisClient, createRedisCacheStore } from "@/lib/cache/redis-cache-store.mjs";
import { NOT_FOUND_SECONDS } from "@/lib/cache/cache-entry-policy.mjs";
import { flushTestRedis, shouldSkipRedisTests, testRedisUrl } from "@/tests/setup/test-redis";

// Next's cacheHandler (lib/cache), driven the way Next drives it, on a real Redis database.
// Two cores on two connections stand for two instances.

function page(html: string, tags: string[], status = 200) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`rsc:${html}`),
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
    headers: { "x-next-cache-tags": tags.join(",") },
    status,
    postponed: undefined,
  };
}
const pageContext = { cacheControl: { revalidate: 60, expire: 31536000 } };
const silent = { log: () => {} };

const skipRedis = await shouldSkipRedisTests();

describe.skipIf(skipRedis)("shared cache in Redis", () => {
  const clients: Redis[] = [];
  function instance() {
    const client = createCacheRedisClient(testRedisUrl(0));
    clients.push(client);
    return createCacheCore(createRedisCacheStore(client, { entryPrefix: "t:cache:build1:", tagPrefix: "t:tag:" }), silent);
  }

  beforeAll(() => flushTestRedis(0));
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await flushTestRedis(0);
  });

  it("serves a page kept by one instance from another, Buffers and Maps intact", async () => {
    const [a, b] = [instance(), instance()];
    await a.set("/route-cache/APP_PAGE/x/$/cached/site", page("<p>front</p>", ["articles", "_N_T_/"]), pageContext);
    const hit = await b.get("/route-cache/APP_PAGE/x/$/cached/site", { kind: "APP_PAGE" });
    const value = hit?.value as ReturnType<typeof page>;
    expect(value.html).toBe("<p>front</p>");
    expect(Buffer.isBuffer(value.rscData) && value.rscData.toString()).toBe("rsc:<p>front</p>");
    expect(value.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(hit?.cacheControl).toEqual(pageContext.cacheControl);
  });

  it("a tag expired on one instance is a miss on every instance at once", async () => {
    const [a, b, c] = [instance(), instance(), instance()];
    await a.set("k-article", page("<p>v1</p>", ["article:one", "articles"]), pageContext);
    await a.set("k-other", page("<p>other</p>", ["article:two"]), pageContext);
    expect(await c.get("k-article", { kind: "APP_PAGE" })).not.toBeNull();
    await b.revalidateTag(["article:one"]);
    expect(await a.get("k-article", { kind: "APP_PAGE" })).toBeNull();
    expect(await c.get("k-article", { kind: "APP_PAGE" })).toBeNull();
    expect(await c.get("k-other", { kind: "APP_PAGE" })).not.toBeNull();
    // A page rendered after the expiry is fresh again (an entry made in the very millisecond of an
    // expiry counts as expired: it may hold what was read just before).
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.set("k-article", page("<p>v2</p>", ["article:one", "articles"]), pageContext);
    expect(((await c.get("k-article", { kind: "APP_PAGE" }))?.value as ReturnType<typeof page>).html).toBe("<p>v2</p>");
  });

  it("expires unstable_cache reads by their tags and by the soft tags of the page asking", async () => {
    const [a, b] = [instance(), instance()];
    const read = { kind: "FETCH", data: { headers: {}, body: JSON.stringify({ title: "t" }), status: 200, url: "" }, revalidate: 60 };
    await a.set("read-1", read, { fetchCache: true, tags: ["comments:abc"] });
    expect((await b.get("read-1", { kind: "FETCH", tags: ["comments:abc"], softTags: [] }))?.value).toEqual(read);
    await b.revalidateTag("comments:abc", { expire: 0 });
    expect(await a.get("read-1", { kind: "FETCH", tags: ["comments:abc"], softTags: [] })).toBeNull();
    await a.set("read-2", read, { fetchCache: true, tags: [] });
    await b.revalidateTag("_N_T_/articles/x");
    expect(await a.get("read-2", { kind: "FETCH", tags: [], softTags: ["_N_T_/articles/x"] })).toBeNull();
  });

  it("keeps not-found answers and searches briefly, other pages for ten times their revalidate", async () => {
    const a = instance();
    await a.set("k-404", page("<p>missing</p>", ["article:nope"], 404), pageContext);
    await a.set("k-search", page("<p>results</p>", ["articles", "search"]), pageContext);
    await a.set("k-null-read", { kind: "FETCH", data: { headers: {}, body: "null", status: 200, url: "" }, revalidate: 60 }, { fetchCache: true, tags: [] });
    await a.set("k-page", page("<p>page</p>", ["articles"]), pageContext);
    const ttl = (key: string) => clients[clients.length - 1]!.ttl(`t:cache:build1:${key}`);
    expect(await ttl("k-404")).toBeLessThanOrEqual(NOT_FOUND_SECONDS);
    expect(await ttl("k-null-read")).toBeLessThanOrEqual(NOT_FOUND_SECONDS);
    expect(await ttl("k-search")).toBeLessThanOrEqual(120);
    expect(await ttl("k-page")).toBeGreaterThan(500);
  });

  it("a Redis that is away is a miss, not an error", async () => {
    const client = createCacheRedisClient("redis://127.0.0.1:1/0");
    clients.push(client);
    const away = createCacheCore(createRedisCacheStore(client, { entryPrefix: "x:", tagPrefix: "y:" }), silent);
    await away.set("k", page("<p>x</p>", []), pageContext);
    expect(await away.get("k", { kind: "APP_PAGE" })).toBeNull();
  });
});

describe("bounded cache of a single instance (no REDIS_URL)", () => {
  it("stays under its byte cap when flooded with 1,000 distinct searches and 1,000 unknown slugs", async () => {
    const limits = { mainBytes: 4 << 20, searchBytes: 1 << 20, briefBytes: 256 << 10 };
    const store = createMemoryCacheStore(limits);
    const core = createCacheCore(store, silent);
    await core.set("front", page("<p>front</p>".repeat(1000), ["articles"]), pageContext);
    const body = "<article>result</article>".repeat(2000); // ~50 KB, like a real results page
    for (let i = 0; i < 1000; i += 1) {
      await core.set(`/route-cache/APP_PAGE/s/$/cached/site/search/query-${i}`, page(body, ["articles", "search"]), pageContext);
      await core.set(`/route-cache/APP_PAGE/a/$/cached/site/articles/unknown-${i}`, page("<p>not found</p>".repeat(300), [`article:unknown-${i}`], 404), pageContext);
      await core.set(`read-unknown-${i}`, { kind: "FETCH", data: { headers: {}, body: "null", status: 200, url: "" }, revalidate: 60 }, { fetchCache: true, tags: [`article:unknown-${i}`] });
    }
    const stats = store.stats();
    expect(stats.bytes).toBeLessThanOrEqual(stats.maxBytes);
    expect(stats.maxBytes).toBe((4 << 20) + (1 << 20) + (256 << 10));
    // The flood evicted old searches and 404s, never the front page (it lives in another bucket).
    expect(await core.get("front", { kind: "APP_PAGE" })).not.toBeNull();
    expect(await core.get("/route-cache/APP_PAGE/s/$/cached/site/search/query-0", { kind: "APP_PAGE" })).toBeNull();
    expect(await core.get("/route-cache/APP_PAGE/s/$/cached/site/search/query-999", { kind: "APP_PAGE" })).not.toBeNull();
  });

  it("with a read replica, expires a tag again once the replica has caught up", async () => {
    let clock = 1_000_000;
    const core = createCacheCore(createMemoryCacheStore(), { ...silent, now: () => clock, replicaLagMs: 2_000 });
    await core.set("k", page("<p>v1</p>", ["article:one"]), pageContext);
    clock += 10;
    await core.revalidateTag("article:one");
    expect(await core.get("k", { kind: "APP_PAGE" })).toBeNull();
    // Rendered 0.5 s after the write, perhaps from a replica that had not seen it yet: served
    // until the lag has passed, then rendered once more.
    clock += 500;
    await core.set("k", page("<p>maybe old</p>", ["article:one"]), pageContext);
    expect(await core.get("k", { kind: "APP_PAGE" })).not.toBeNull();
    clock += 2_000;
    expect(await core.get("k", { kind: "APP_PAGE" })).toBeNull();
    clock += 10;
    await core.set("k", page("<p>v2</p>", ["article:one"]), pageContext);
    expect(await core.get("k", { kind: "APP_PAGE" })).not.toBeNull();
  });

  it("expires tags like the shared store", async () => {
    const core = createCacheCore(createMemoryCacheStore(), silent);
    await core.set("k", page("<p>v1</p>", ["article:one"]), pageContext);
    await core.revalidateTag("article:one");
    expect(await core.get("k", { kind: "APP_PAGE" })).toBeNull();
  });

  it("while the database cannot be reached, serves an entry whose tag expired rather than none (stale-if-error)", async () => {
    let databaseDown = false;
    const core = createCacheCore(createMemoryCacheStore(), { ...silent, serveExpired: () => databaseDown });
    await core.set("k", page("<p>before the edit</p>", ["article:one"]), pageContext);
    await core.revalidateTag("article:one");
    expect(await core.get("k", { kind: "APP_PAGE" })).toBeNull();
    databaseDown = true;
    expect((await core.get("k", { kind: "APP_PAGE" }))?.value).toMatchObject({ html: "<p>before the edit</p>" });
  });
});
