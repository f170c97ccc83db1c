// Share-preview tokens: made for one article, valid until they expire, and not forgeable.
import { describe, expect, it } from "vitest";
import { createPreviewToken, isValidPreviewToken } from "@/lib/preview/preview-token";

describe("preview share tokens", () => {
  const now = new Date("2026-11-25T12:00:00Z");

  it("opens the article it was made for until it expires", () => {
    const token = createPreviewToken("article-1", now);
    expect(isValidPreviewToken("article-1", token, now)).toBe(true);
    expect(isValidPreviewToken("article-1", token, new Date(now.getTime() + 6 * 24 * 3600 * 1000))).toBe(true);
    expect(isValidPreviewToken("article-1", token, new Date(now.getTime() + 7 * 24 * 3600 * 1000 + 1))).toBe(false);
  });

  it("refuses another article, a tampered signature or expiry, and junk", () => {
    const token = createPreviewToken("article-1", now);
    expect(isValidPreviewToken("article-2", token, now)).toBe(false);
    const [expiry, signature] = token.split(".") as [string, string];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    expect(isValidPreviewToken("article-1", `${expiry}.${flipped}`, now)).toBe(false);
    expect(isValidPreviewToken("article-1", `${Number(expiry) + 1000}.${signature}`, now)).toBe(false);
    for (const junk of [undefined, "", "abc", `${expiry}.`, `${expiry}.${signature}x`]) {
      expect(isValidPreviewToken("article-1", junk, now)).toBe(false);
    }
  });
});
