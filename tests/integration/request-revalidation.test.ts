// Cache expiry from outside a request (lib/jobs/request-revalidation.ts, reached through
// expireCacheTags): the tags go to the server's revalidation route, signed, 200 at a time, and
// only tags of reader caches go. A real HTTP server on a free port stands in for `next start`.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requestRevalidation } from "@/lib/jobs/request-revalidation";
import { isValidRevalidationSignature, REVALIDATION_SIGNATURE_HEADER } from "@/lib/jobs/revalidation-signature";

type TReceived = { path: string; isSigned: boolean; tags: string[] };

let server: Server;
let received: TReceived[];
const saved = { PORT: process.env.PORT, MASTHEAD_DISABLE_DATA_CACHE: process.env.MASTHEAD_DISABLE_DATA_CACHE };

beforeEach(async () => {
  received = [];
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const signature = request.headers[REVALIDATION_SIGNATURE_HEADER];
      received.push({
        path: request.url ?? "",
        isSigned: isValidRevalidationSignature(body, typeof signature === "string" ? signature : null),
        tags: (JSON.parse(body) as { tags: string[] }).tags,
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.PORT = String((server.address() as AddressInfo).port);
  // The data cache is off in vitest; this test is about the request to a server that has one.
  delete process.env.MASTHEAD_DISABLE_DATA_CACHE;
});

afterEach(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("requestRevalidation", () => {
  it("posts reader-cache tags, signed and 200 at a time, and leaves the others out", async () => {
    const articleTags = Array.from({ length: 450 }, (_, index) => `article:story-${index}`);
    const others = ["search", "trending", "not a tag", "article:has space"];
    await requestRevalidation([...articleTags, "articles", "comments:abc", "site-settings", ...others, "articles"]);

    expect(received.map((request) => request.path)).toEqual(Array(3).fill("/admin/jobs/revalidate"));
    expect(received.every((request) => request.isSigned)).toBe(true);
    expect(received.map((request) => request.tags.length)).toEqual([200, 200, 53]);
    expect(received.flatMap((request) => request.tags).sort()).toEqual([...articleTags, "articles", "comments:abc", "site-settings"].sort());
  });

  it("sends nothing when no tag names a reader cache", async () => {
    await requestRevalidation(["search", "trending"]);
    expect(received).toEqual([]);
  });
});
