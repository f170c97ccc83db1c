import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/env";

describe("parseServerEnv", () => {
  it("uses the embedded database when DATABASE_URL is absent", () => {
    expect(parseServerEnv({ NODE_ENV: "test" }).DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable in one message", () => {
    expect(() => parseServerEnv({ NODE_ENV: "test", DATABASE_URL: "mysql://x", SITE_URL: "not a url" })).toThrow(
      /DATABASE_URL[\s\S]*SITE_URL|SITE_URL[\s\S]*DATABASE_URL/,
    );
  });
});
