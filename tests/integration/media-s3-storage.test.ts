import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createS3Storage } from "@/lib/media/storage/s3-storage";
import { mediaKey, newMediaKeyPrefix } from "@/lib/media/storage/media-key";
import { S3_TEST_CREDENTIALS, startS3TestServer } from "@/tests/setup/s3-test-server";

// The object-storage implementation of media storage against a real S3-compatible server
// (s3rver on port 3345; TEST_S3_PORT to move it).
const PORT = Number(process.env.TEST_S3_PORT ?? 3345);
const BUCKET = "masthead-media-test";

describe("S3-compatible media storage", () => {
  let server: Awaited<ReturnType<typeof startS3TestServer>>;
  beforeAll(async () => {
    server = await startS3TestServer(PORT, BUCKET);
  });
  afterAll(() => server.stop());

  function storage() {
    return createS3Storage({ endpoint: server.endpoint, bucket: BUCKET, region: "us-east-1", ...S3_TEST_CREDENTIALS });
  }

  it("stores, reads back and deletes an image, from any instance", async () => {
    const [a, b] = [storage(), storage()];
    const key = mediaKey(newMediaKeyPrefix(), 640, "webp");
    const bytes = Buffer.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4]);
    await a.put(key, bytes, "image/webp");
    const read = await b.get(key);
    expect(read?.contentType).toBe("image/webp");
    expect(read?.bytes.equals(bytes)).toBe(true);
    await b.delete(key);
    expect(await a.get(key)).toBeNull();
    await a.delete(key);
  });

  it("answers null for unknown and invalid keys, and refuses to store under an invalid key", async () => {
    const s3 = storage();
    expect(await s3.get(mediaKey(newMediaKeyPrefix(), 320, "jpg"))).toBeNull();
    expect(await s3.get("../../etc/passwd")).toBeNull();
    await expect(s3.put("../x.jpg", Buffer.from("x"), "image/jpeg")).rejects.toThrow(/invalid media key/);
  });
});
