// proxy.ts's matcher must be literals (Next reads it at build time), so it repeats facts that live
// in lib/reader-routes.ts: the session cookie's names and the live query parameters. A reader request the matcher lets skip the proxy gets no nonce and no check
// for malformed input, so the lists must not drift apart. (tests/e2e/error-statuses.spec.ts and
// security-headers.spec.ts check the built server's behaviour.)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { READER_ROUTES, SESSION_COOKIE_NAMES } from "@/lib/reader-routes";

const proxySource = readFileSync("proxy.ts", "utf8");
const conditions = [...proxySource.matchAll(/has: \[\{ type: "(cookie|header|query)", key: "([^"]+)"(?:, value: "((?:[^"\\]|\\.)*)")? \}\]/g)].map(
  ([, type, key, value]) => ({ type: type ?? "", key: key ?? "", value }),
);

function keysOf(type: string): Set<string> {
  return new Set(conditions.filter((condition) => condition.type === type).map((condition) => condition.key));
}

describe("proxy.ts matcher", () => {
  it("runs the proxy for reader pages requested with either session cookie", () => {
    expect(keysOf("cookie")).toEqual(new Set(SESSION_COOKIE_NAMES));
  });

  it("runs the proxy for every live query parameter", () => {
    expect(keysOf("query")).toEqual(new Set(READER_ROUTES.flatMap((route) => route.liveQueryKeys)));
  });

  it("always runs the proxy for search, whose per-address limit lives there", () => {
    expect(proxySource).not.toMatch(/\|search\$?\)/);
  });

  it("runs the proxy for anything posted to a reader page (an Origin or Content-Type header)", () => {
    expect(keysOf("header")).toEqual(new Set(["origin", "content-type"]));
  });

  it("pairs every condition with the front page and with the other reader pages", () => {
    const sources = [...proxySource.matchAll(/\{ source: "([^"]+)", has:/g)].map(([, source]) => source);
    expect(sources.filter((source) => source === "/")).toHaveLength(conditions.length / 2);
    expect(new Set(sources).size).toBe(2);
  });
});
