// The process's copies of signed-out reader pages (lib/http/reader-response-cache.ts and the hook
// in lib/http/serve-cached-reader-responses.ts), against a real Node HTTP server standing in for
// Next: what is kept, what always goes to Next, freshness, expiry and bounds.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createReaderResponseCache,
  FRESH_MS,
  isKeepableResponse,
  responseCacheKey,
  STALE_WHILE_REFRESHING_MS,
  type TReaderResponseCache,
} from "@/lib/http/reader-response-cache";
import { answerFromCache, RESPONSE_CACHE_HEADER } from "@/lib/http/serve-cached-reader-responses";

const CACHED_PAGE_HEADERS = { "cache-control": "s-maxage=60, stale-while-revalidate=31535940", "x-nextjs-cache": "HIT", "content-type": "text/html; charset=utf-8" };

describe("which requests may be answered from a copy", () => {
  const key = (url: string, headers: Record<string, string> = {}, method = "GET") => responseCacheKey({ method, url, headers: { host: "news.test", ...headers } });

  it("keeps signed-out GETs and HEADs of reader pages, per address, host and gzip", () => {
    for (const url of ["/", "/articles/a-story", "/tags/budget", "/authors/ada", "/archive", "/archive/2026/09", "/search?q=budget"]) {
      expect(key(url), url).not.toBeNull();
    }
    expect(key("/articles/a", {}, "HEAD")).toBe(key("/articles/a"));
    expect(key("/articles/a")).not.toBe(key("/articles/b"));
    expect(key("/search?q=a")).not.toBe(key("/search?q=b"));
    expect(key("/articles/a", { "accept-encoding": "gzip, deflate, br" })).not.toBe(key("/articles/a"));
    expect(key("/articles/a", { host: "other.test" })).not.toBe(key("/articles/a"));
  });

  it("sends everything else to Next", () => {
    expect(key("/articles/a", {}, "POST")).toBeNull();
    expect(key("/admin")).toBeNull();
    expect(key("/api/content/articles")).toBeNull();
    expect(key("/articles/a/comments")).toBeNull();
    expect(key("/articles/a", { cookie: "theme=dark; next-auth.session-token=abc" })).toBeNull();
    expect(key("/articles/a", { cookie: "__Secure-next-auth.session-token=abc" })).toBeNull();
    expect(key("/articles/a", { authorization: "Bearer x" })).toBeNull();
    expect(key("/articles/a", { rsc: "1" })).toBeNull();
    expect(key("/articles/a", { "next-router-prefetch": "1" })).toBeNull();
    expect(key("/?after=abc")).toBeNull();
    expect(key("/tags/budget?after=abc")).toBeNull();
    expect(key("/search?q=budget&page=2")).toBeNull();
    expect(key("/search?q=budget&tag=x")).toBeNull();
    // A cookie that is not a session keeps the page shared.
    expect(key("/articles/a", { cookie: "theme=dark" })).not.toBeNull();
  });

  it("keeps only 200s from Next's own cache that any reader may be given", () => {
    expect(isKeepableResponse(200, CACHED_PAGE_HEADERS)).toBe(true);
    expect(isKeepableResponse(404, CACHED_PAGE_HEADERS)).toBe(false);
    expect(isKeepableResponse(200, { ...CACHED_PAGE_HEADERS, "x-nextjs-cache": "STALE" })).toBe(false);
    expect(isKeepableResponse(200, { ...CACHED_PAGE_HEADERS, "x-nextjs-cache": "MISS" })).toBe(false);
    expect(isKeepableResponse(200, { ...CACHED_PAGE_HEADERS, "set-cookie": ["a=b"] })).toBe(false);
    expect(isKeepableResponse(200, { ...CACHED_PAGE_HEADERS, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })).toBe(false);
    expect(isKeepableResponse(200, { "x-nextjs-cache": "HIT" })).toBe(false);
  });
});

describe("freshness and bounds", () => {
  const page = (text: string) => ({ status: 200, headers: { "content-type": "text/html" }, body: Buffer.from(text) });

  it("is fresh for a second, then one request refreshes while others get the old copy for two more", () => {
    let clock = 1_000_000;
    const cache = createReaderResponseCache({ now: () => clock });
    expect(cache.lookup("k")).toEqual({ kind: "miss", refresh: true });
    expect(cache.store("k", cache.generation(), page("one"))).toBe(true);
    expect(cache.lookup("k")).toMatchObject({ kind: "hit", stale: false });
    clock += FRESH_MS;
    expect(cache.lookup("k")).toEqual({ kind: "miss", refresh: true });
    cache.beginRefresh("k");
    expect(cache.lookup("k")).toMatchObject({ kind: "hit", stale: true });
    clock += STALE_WHILE_REFRESHING_MS;
    // A refresh that takes too long: nobody gets a copy that old.
    expect(cache.lookup("k")).toEqual({ kind: "miss", refresh: false });
    cache.endRefresh("k");
    expect(cache.lookup("k")).toEqual({ kind: "miss", refresh: true });
  });

  it("empties on clear, and does not keep an answer begun before it", () => {
    const cache = createReaderResponseCache();
    cache.store("k", cache.generation(), page("one"));
    const begun = cache.generation();
    cache.clear();
    expect(cache.lookup("k").kind).toBe("miss");
    expect(cache.store("k", begun, page("rendered before the change"))).toBe(false);
    expect(cache.lookup("k").kind).toBe("miss");
  });

  it("stays within its byte bound, evicting the least recently used", () => {
    const cache = createReaderResponseCache({ maxBytes: 100_000 });
    for (let i = 0; i < 50; i++) cache.store(`k${i}`, cache.generation(), page("x".repeat(10_000)));
    expect(cache.size().bytes).toBeLessThanOrEqual(100_000);
    expect(cache.size().entries).toBeLessThan(10);
    expect(cache.lookup("k49").kind).toBe("hit");
    expect(cache.lookup("k0").kind).toBe("miss");
  });
});

describe("the hook in front of a server", () => {
  let server: http.Server;
  let base: string;
  let cache: TReaderResponseCache;
  let rendered = 0;
  let body = "version 1";
  let gone = false;
  const cacheKeyFor = (path: string) => responseCacheKey({ method: "GET", url: path, headers: { host: new URL(base).host, "accept-encoding": "identity" } })!;

  beforeAll(async () => {
    // Answers as Next's full-route cache would, once whole (gzip when asked) or in pieces.
    const handle = (request: http.IncomingMessage, response: http.ServerResponse) => {
      rendered += 1;
      const text = `<p>${body}</p>`;
      if (gone) {
        response.writeHead(404, { "content-type": "text/html" });
        response.end("<p>Not found</p>");
        return;
      }
      if (request.headers["accept-encoding"] === "gzip") {
        response.writeHead(200, { ...CACHED_PAGE_HEADERS, "content-encoding": "gzip" });
        response.end(gzipSync(text));
        return;
      }
      if (request.url?.startsWith("/archive")) {
        response.writeHead(200, CACHED_PAGE_HEADERS);
        response.write(text.slice(0, 3));
        setTimeout(() => response.end(text.slice(3)), 5);
        return;
      }
      if (request.url?.startsWith("/authors")) {
        response.writeHead(200, { ...CACHED_PAGE_HEADERS, "set-cookie": "seen=1" });
        response.end(text);
        return;
      }
      for (const [name, value] of Object.entries(CACHED_PAGE_HEADERS)) response.setHeader(name, value);
      response.end(text);
    };
    server = http.createServer((request, response) => {
      answerFromCache(cache)(request, response, () => {
        handle(request, response);
        return true;
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    cache = createReaderResponseCache();
    rendered = 0;
    body = "version 1";
  });

  // fetch() would ask for gzip; these requests are a plain client's (the gzip copy has its own test).
  const get = async (path: string, init: { headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": "identity", ...init.headers } });
    return { status: response.status, from: response.headers.get(RESPONSE_CACHE_HEADER), text: await response.text(), headers: response.headers };
  };

  it("answers the second request from the copy, with Next's headers, and HEAD without a body", async () => {
    const first = await get("/articles/a");
    const second = await get("/articles/a");
    expect([first.from, second.from]).toEqual([null, "HIT"]);
    expect(second.text).toBe(first.text);
    expect(second.headers.get("cache-control")).toBe(CACHED_PAGE_HEADERS["cache-control"]);
    expect(second.headers.get("content-length")).toBe(String(Buffer.byteLength(first.text)));
    const head = await fetch(`${base}/articles/a`, { method: "HEAD", headers: { "accept-encoding": "identity" } });
    expect(head.headers.get(RESPONSE_CACHE_HEADER)).toBe("HIT");
    expect(rendered).toBe(1);
  });

  it("keeps a page written in pieces whole", async () => {
    const first = await get("/archive");
    const second = await get("/archive");
    expect(second.from).toBe("HIT");
    expect(second.text).toBe(first.text);
    expect(second.text).toBe("<p>version 1</p>");
  });

  it("keeps the gzip and the plain copy apart", async () => {
    const { request } = await import("node:http");
    const gzipped = () =>
      new Promise<{ from: string | undefined; body: Buffer }>((resolve, reject) => {
        request(`${base}/tags/t`, { headers: { "accept-encoding": "gzip, br" } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ from: response.headers[RESPONSE_CACHE_HEADER] as string | undefined, body: Buffer.concat(chunks) }));
        })
          .on("error", reject)
          .end();
      });
    await gzipped();
    const second = await gzipped();
    expect(second.from).toBe("HIT");
    expect(gunzipSync(second.body).toString()).toBe("<p>version 1</p>");
    // fetch() sends its own Accept-Encoding; a plain client gets the plain copy.
    const plain = await new Promise<string>((resolve) => {
      request(`${base}/tags/t`, { headers: { "accept-encoding": "identity" } }, (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve(text));
      }).end();
    });
    expect(plain).toBe("<p>version 1</p>");
  });

  it("never keeps a signed-in reader's page, a page that sets a cookie, or a live page", async () => {
    const signedIn = { headers: { cookie: "next-auth.session-token=abc" } };
    await get("/articles/b", signedIn);
    expect((await get("/articles/b", signedIn)).from).toBeNull();
    await get("/authors/ada");
    expect((await get("/authors/ada")).from).toBeNull();
    await get("/?after=x");
    expect((await get("/?after=x")).from).toBeNull();
    // The signed-in requests left nothing behind for signed-out readers either.
    expect((await get("/articles/b")).from).toBeNull();
  });

  it("drops the old copy when Next answers the refresh with something else (a new render, a 404)", async () => {
    let clock = 1_000_000;
    cache = createReaderResponseCache({ now: () => clock });
    await get("/articles/gone");
    expect((await get("/articles/gone")).from).toBe("HIT");
    clock += FRESH_MS;
    gone = true;
    expect((await get("/articles/gone")).status).toBe(404);
    gone = false;
    // Even while another refresh is under way, nobody is given the page that is gone.
    cache.beginRefresh(cacheKeyFor("/articles/gone"));
    expect((await get("/articles/gone")).from).toBeNull();
  });

  it("shows a change on the next load once the tags expire", async () => {
    await get("/articles/c");
    expect((await get("/articles/c")).from).toBe("HIT");
    body = "version 2";
    cache.clear();
    const after = await get("/articles/c");
    expect(after.from).toBeNull();
    expect(after.text).toBe("<p>version 2</p>");
  });
});
