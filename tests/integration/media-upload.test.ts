// Uploading, describing, listing and deleting images, against a real database and a temporary
// media folder.
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { deleteMediaFor } from "@/lib/media/delete-media";
import { listMediaFor } from "@/lib/media/list-media";
import { getMediaFile } from "@/lib/media/get-media-file";
import { updateMediaFor } from "@/lib/media/update-media";
import { uploadImageFor } from "@/lib/media/upload-image";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { createUser, uniqueSuffix, actorFor } from "../factories";

// Before any import reads the environment (serverEnv() caches it).
const mediaDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join: joinPath } = await import("node:path");
  const dir = mkdtempSync(joinPath(tmpdir(), "masthead-media-test-"));
  process.env.MEDIA_DIR = dir;
  return dir;
});

afterAll(async () => {
  await rm(mediaDir, { recursive: true, force: true });
});

function canvas(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } } });
}

async function dimensionsOf(bytes: Buffer) {
  const { width, height, format, exif, orientation } = await sharp(bytes).metadata();
  return { width, height, format, exif, orientation };
}

describe("uploadImageFor", () => {
  it("stores a re-encoded original and WebP variants, records them, and strips EXIF", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const original = await canvas(2000, 1000)
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: "secret", Artist: "Someone at 51.5N 0.1W" } } })
      .toBuffer();
    expect((await dimensionsOf(original)).exif).toBeDefined();

    const item = await uploadImageFor(actorFor(author), { bytes: original, originalName: "harbour.jpg", altText: "  Boats in the harbour  " });

    const row = await db.media.findUniqueOrThrow({ where: { id: item.id } });
    expect(row).toMatchObject({ originalName: "harbour.jpg", mimeType: "image/jpeg", width: 2000, height: 1000, altText: "Boats in the harbour", uploadedById: author.id });
    expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{32}-2000\.jpg$/);
    expect(item.isUsable).toBe(true);
    expect(item.variants.map((variant) => [variant.width, variant.height, variant.mimeType])).toEqual([
      [480, 240, "image/webp"],
      [960, 480, "image/webp"],
      [1600, 800, "image/webp"],
    ]);
    expect(item.largestVariantUrl).toBe(`/media/${item.variants[2]!.key}`);

    const main = await getMediaFile(row.storageKey);
    expect(main?.contentType).toBe("image/jpeg");
    expect(main?.bytes.byteLength).toBe(row.byteSize);
    expect(main?.bytes.equals(original)).toBe(false);
    expect(await dimensionsOf(main!.bytes)).toMatchObject({ width: 2000, height: 1000, format: "jpeg", exif: undefined });
    expect(main!.bytes.includes(Buffer.from("secret"))).toBe(false);

    for (const variant of item.variants) {
      expect(existsSync(join(mediaDir, variant.key))).toBe(true);
      const file = await getMediaFile(variant.key);
      expect(file?.contentType).toBe("image/webp");
      expect(file?.bytes.byteLength).toBe(variant.byteSize);
      expect(await dimensionsOf(file!.bytes)).toMatchObject({ width: variant.width, height: variant.height, format: "webp", exif: undefined });
    }
  });

  it("applies the EXIF orientation to the pixels, then drops it", async () => {
    const author = await createUser({ role: "AUTHOR" });
    // Orientation 6: stored landscape, meant to be shown rotated 90° clockwise (portrait).
    const sideways = await canvas(300, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const item = await uploadImageFor(actorFor(author), { bytes: sideways, originalName: "phone.jpg" });
    expect(item).toMatchObject({ width: 200, height: 300 });
    const main = await getMediaFile((await db.media.findUniqueOrThrow({ where: { id: item.id } })).storageKey);
    expect(await dimensionsOf(main!.bytes)).toMatchObject({ width: 200, height: 300, orientation: undefined });
  });

  it("never scales a small image up, and keeps a PNG a PNG", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const item = await uploadImageFor(actorFor(author), { bytes: await canvas(300, 200).png().toBuffer(), originalName: "icon.png" });
    expect(item).toMatchObject({ mimeType: "image/png", width: 300, height: 200, isUsable: false, altText: "" });
    expect(item.variants.map((variant) => [variant.width, variant.height])).toEqual([[300, 200]]);
  });

  it("keeps the first frame of a GIF, as a GIF, with WebP variants", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const item = await uploadImageFor(actorFor(author), { bytes: await canvas(600, 400).gif().toBuffer(), originalName: "loop.gif", altText: "A loop" });
    expect(item.mimeType).toBe("image/gif");
    expect(item.variants.map((variant) => [variant.width, variant.mimeType])).toEqual([
      [480, "image/webp"],
      [600, "image/webp"],
    ]);
  });

  it("refuses a file over the size limit before reading it, naming the limit", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1);
    huge.set([0xff, 0xd8, 0xff]);
    const originalName = `huge-${uniqueSuffix()}.jpg`;
    await expect(uploadImageFor(actorFor(author), { bytes: huge, originalName })).rejects.toMatchObject({
      code: "BAD_INPUT",
      publicMessage: "The image is too large: upload one of at most 10 MB.",
      fieldErrors: { file: "The image is too large: upload one of at most 10 MB." },
    });
    expect(await db.media.count({ where: { originalName } })).toBe(0);
  });

  it("refuses a text file named .jpg, and an image with absurd dimensions", async () => {
    const author = await createUser({ role: "AUTHOR" });
    await expect(uploadImageFor(actorFor(author), { bytes: Buffer.from("hello, not an image"), originalName: "photo.jpg" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      publicMessage: "Upload a JPEG, PNG, WebP or GIF image.",
    });
    const tooWide = await canvas(12_001, 2).png().toBuffer();
    await expect(uploadImageFor(actorFor(author), { bytes: tooWide, originalName: "strip.png" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { file: expect.stringContaining("12,000 pixels") },
    });
  });

  it("refuses a truncated image as unreadable, storing nothing", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const png = await canvas(400, 300).png().toBuffer();
    const originalName = `broken-${uniqueSuffix()}.png`;
    await expect(uploadImageFor(actorFor(author), { bytes: png.subarray(0, 60), originalName })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await db.media.count({ where: { originalName } })).toBe(0);
  });

  it("refuses members", async () => {
    const member = await createUser({ role: "MEMBER" });
    await expect(uploadImageFor(actorFor(member), { bytes: await canvas(10, 10).png().toBuffer(), originalName: "x.png" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("updating, listing and deleting media", () => {
  it("lets an author describe an image; alt text is required", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const item = await uploadImageFor(actorFor(author), { bytes: await canvas(50, 50).png().toBuffer(), originalName: "dot.png" });
    await expect(updateMediaFor(actorFor(author), { mediaId: item.id, altText: "   ", caption: "", credit: "" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { altText: "Describe the image for people who cannot see it." },
    });
    const updated = await updateMediaFor(actorFor(author), { mediaId: item.id, altText: "A blue dot", caption: "", credit: " Photo desk " });
    expect(updated).toMatchObject({ altText: "A blue dot", caption: null, credit: "Photo desk", isUsable: true });
    await expect(updateMediaFor(actorFor(author), { mediaId: "missing", altText: "x", caption: "", credit: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists newest first in keyset pages", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const first = await uploadImageFor(actorFor(author), { bytes: await canvas(20, 20).png().toBuffer(), originalName: "first.png" });
    const second = await uploadImageFor(actorFor(author), { bytes: await canvas(20, 20).png().toBuffer(), originalName: "second.png" });
    const page = await listMediaFor(actorFor(author), { limit: 1 });
    expect(page.items.map((item) => item.id)).toEqual([second.id]);
    const next = await listMediaFor(actorFor(author), { limit: 1, cursor: decodeKeysetCursor(page.nextCursor ?? undefined) });
    expect(next.items.map((item) => item.id)).toEqual([first.id]);
  });

  it("lets editors, not authors, delete an image and its files", async () => {
    const author = await createUser({ role: "AUTHOR" });
    const editor = await createUser({ role: "EDITOR" });
    const item = await uploadImageFor(actorFor(author), { bytes: await canvas(1000, 500).jpeg().toBuffer(), originalName: "gone.jpg" });
    const row = await db.media.findUniqueOrThrow({ where: { id: item.id } });
    await expect(deleteMediaFor(actorFor(author), { mediaId: item.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    await deleteMediaFor(actorFor(editor), { mediaId: item.id });
    expect(await db.media.findUnique({ where: { id: item.id } })).toBeNull();
    for (const key of [row.storageKey, ...item.variants.map((variant) => variant.key)]) {
      expect(existsSync(join(mediaDir, key))).toBe(false);
    }
    await expect(deleteMediaFor(actorFor(editor), { mediaId: item.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
