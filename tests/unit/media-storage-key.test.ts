// Storage keys are ours and strictly shaped, so a key from a URL can never leave the media folder.
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalDiskStorage } from "@/lib/media/storage/local-disk-storage";
import { isValidMediaKey, mediaKey, newMediaKeyPrefix } from "@/lib/media/storage/media-key";
import { widthsFor } from "@/lib/media/upload-image";

describe("media keys", () => {
  it("makes keys of the form yyyy/mm/<id>-<width>.<ext>", () => {
    const key = mediaKey(newMediaKeyPrefix(new Date(Date.UTC(2026, 10, 25))), 960, "webp");
    expect(key).toMatch(/^2026\/11\/[0-9a-f]{32}-960\.webp$/);
    expect(isValidMediaKey(key)).toBe(true);
  });

  it.each([
    "../../etc/passwd",
    "2026/11/../../../etc/passwd",
    "2026/11/0123456789abcdef0123456789abcdef-960.webp/..",
    "/2026/11/0123456789abcdef0123456789abcdef-960.webp",
    "2026/11/..%2f0123456789abcdef-960.webp",
    "2026\\11\\0123456789abcdef0123456789abcdef-960.webp",
    "2026/13/0123456789abcdef0123456789abcdef-960.webp",
    "2026/11/0123456789abcdef0123456789abcdef-960.svg",
    "2026/11/0123456789abcdef0123456789abcdef-0.webp",
    "2026/11/0123456789ABCDEF0123456789abcdef-960.webp",
    "2026/11/0123456789abcdef0123456789abcdef-960.webp\n",
    "",
  ])("rejects %j", (key) => {
    expect(isValidMediaKey(key)).toBe(false);
  });
});

describe("local disk storage", () => {
  let root: string;
  let outside: string;
  beforeAll(async () => {
    outside = await mkdtemp(join(tmpdir(), "masthead-media-outside-"));
    root = join(outside, "media");
    await writeFile(join(outside, "secret.txt"), "secret");
  });
  afterAll(async () => {
    await rm(outside, { recursive: true, force: true });
  });

  it("stores, reads and deletes under valid keys", async () => {
    const storage = createLocalDiskStorage(root);
    const key = mediaKey(newMediaKeyPrefix(), 480, "png");
    await storage.put(key, Buffer.from("png bytes"), "image/png");
    expect(await storage.get(key)).toEqual({ bytes: Buffer.from("png bytes"), contentType: "image/png" });
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key); // already gone: not an error
  });

  it("refuses to write outside its folder, reads nothing there, and never overwrites", async () => {
    const storage = createLocalDiskStorage(root);
    await expect(storage.put("../secret.txt", Buffer.from("x"), "image/png")).rejects.toThrow(/invalid media key/);
    expect(await storage.get("../secret.txt")).toBeNull();
    await storage.delete("../secret.txt");
    expect(await readdir(outside)).toContain("secret.txt");

    const key = mediaKey(newMediaKeyPrefix(), 480, "jpg");
    await expect(storage.put(key, Buffer.from("x"), "image/png")).rejects.toThrow(/does not match/);
    await storage.put(key, Buffer.from("first"), "image/jpeg");
    await expect(storage.put(key, Buffer.from("second"), "image/jpeg")).rejects.toThrow();
    expect((await storage.get(key))?.bytes.toString()).toBe("first");
  });
});

describe("responsive widths", () => {
  it("never scales an image up", () => {
    expect(widthsFor(3000)).toEqual([480, 960, 1600]);
    expect(widthsFor(1200)).toEqual([480, 960, 1200]);
    expect(widthsFor(960)).toEqual([480, 960]);
    expect(widthsFor(300)).toEqual([300]);
  });
});
