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

  it("takes object storage settings all together or not at all, naming the missing ones", () => {
    expect(() => parseServerEnv({ NODE_ENV: "test", S3_ENDPOINT: "http://minio:9000", S3_BUCKET: "media" })).toThrow(
      /S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/,
    );
    const full = { S3_ENDPOINT: "http://minio:9000", S3_BUCKET: "media", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" };
    expect(parseServerEnv({ NODE_ENV: "test", ...full }).S3_BUCKET).toBe("media");
    expect(() => parseServerEnv({ NODE_ENV: "test", REDIS_URL: "localhost:6379" })).toThrow(/REDIS_URL/);
  });
});
