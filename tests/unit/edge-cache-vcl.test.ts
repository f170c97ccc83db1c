// The edge cache's VCL repeats two facts that live in lib/reader-routes.ts: which query
// parameters make a reader page live, and the session cookie's names. This keeps them the same.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { READER_ROUTES, SESSION_COOKIE_NAMES } from "@/lib/reader-routes";

const vcl = readFileSync("deploy/edge-cache/masthead.vcl", "utf8");

describe("deploy/edge-cache/masthead.vcl", () => {
  it("passes every live query parameter of every reader route to Masthead", () => {
    const liveKeys = vcl.match(/\[\?&\]\(([a-z|]+)\)=/)?.[1]?.split("|") ?? [];
    const routeKeys = new Set(READER_ROUTES.flatMap((route) => route.liveQueryKeys));
    expect(new Set(liveKeys)).toEqual(routeKeys);
  });

  it("passes requests carrying either spelling of the session cookie", () => {
    const pattern = vcl.match(/req\.http\.Cookie ~ "([^"]+)"/)?.[1];
    expect(pattern).toBeDefined();
    const regex = new RegExp(pattern!);
    for (const name of SESSION_COOKIE_NAMES) {
      expect(regex.test(`theme=dark; ${name}=abc`)).toBe(true);
      expect(regex.test(`${name}=abc`)).toBe(true);
    }
    expect(regex.test("theme=dark; other-session-token=abc")).toBe(false);
  });
});
