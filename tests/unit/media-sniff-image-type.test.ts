// Upload types are decided by the bytes alone, never by the name or the browser's claim.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { detectImageType, sniffImageTypeOrThrow, UNSUPPORTED_IMAGE_MESSAGE } from "@/lib/media/sniff-image-type";

function tinyImage() {
  return sharp({ create: { width: 4, height: 3, channels: 3, background: { r: 200, g: 30, b: 30 } } });
}

describe("detectImageType", () => {
  it.each([
    ["jpeg", () => tinyImage().jpeg().toBuffer(), "image/jpeg", "jpg"],
    ["png", () => tinyImage().png().toBuffer(), "image/png", "png"],
    ["webp", () => tinyImage().webp().toBuffer(), "image/webp", "webp"],
    ["gif", () => tinyImage().gif().toBuffer(), "image/gif", "gif"],
  ] as const)("recognises a %s from its bytes", async (_name, make, mimeType, extension) => {
    expect(detectImageType(await make())).toEqual({ mimeType, extension });
  });

  it("refuses a text file whatever it is called", () => {
    // The name ("notes.jpg") never reaches the sniffer: only the bytes do.
    expect(detectImageType(Buffer.from("Not a picture, just notes.\n"))).toBeNull();
  });

  it("refuses SVG, which can carry scripts", () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(detectImageType(svg)).toBeNull();
  });

  it("refuses empty and truncated input, and a RIFF file that is not WebP", () => {
    expect(detectImageType(new Uint8Array())).toBeNull();
    expect(detectImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(detectImageType(Buffer.from("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
  });
});

describe("sniffImageTypeOrThrow", () => {
  it("throws BAD_INPUT naming the accepted types, on the file field", () => {
    let thrown: unknown;
    try {
      sniffImageTypeOrThrow(Buffer.from("%PDF-1.7"));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: "BAD_INPUT", status: 400, publicMessage: UNSUPPORTED_IMAGE_MESSAGE, fieldErrors: { file: UNSUPPORTED_IMAGE_MESSAGE } });
    expect(UNSUPPORTED_IMAGE_MESSAGE).toBe("Upload a JPEG, PNG, WebP or GIF image.");
  });
});
