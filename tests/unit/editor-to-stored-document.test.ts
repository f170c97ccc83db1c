import { describe, expect, it } from "vitest";
import { toStoredDocument } from "@/components/editor/to-stored-document";
import { ZArticleDocument } from "@/lib/content/document-schema";
import { deriveSlug, firstFreeSlug } from "@/lib/articles/write/derive-slug";

describe("deriveSlug", () => {
  it("lowercases, strips accents and joins words with single hyphens", () => {
    expect(deriveSlug("  Ça va? Élection 2026!  ")).toBe("ca-va-election-2026");
    expect(deriveSlug("Rock -- & -- Roll")).toBe("rock-roll");
  });

  it("is empty when nothing usable is left, and never ends in a hyphen after truncation", () => {
    expect(deriveSlug("¿¡!?")).toBe("");
    const long = deriveSlug(`${"a".repeat(79)} b`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });

  it("suffixes -2, -3 until the slug is free", async () => {
    const taken = new Set(["budget", "budget-2"]);
    await expect(firstFreeSlug("budget", async (slug) => taken.has(slug))).resolves.toBe("budget-3");
    await expect(firstFreeSlug("", async () => false)).resolves.toBe("article");
  });
});

describe("toStoredDocument", () => {
  it("drops attributes the stored schema lacks and keeps the ones it has", () => {
    const tiptap = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2, id: "x" }, content: [{ type: "text", text: "Head" }] },
        {
          type: "paragraph",
          attrs: { textAlign: null },
          content: [
            { type: "text", text: "" },
            { type: "text", text: "link", marks: [{ type: "link", attrs: { href: "https://a.test", target: "_blank", rel: "noopener", class: null } }, { type: "bold" }] },
          ],
        },
        { type: "orderedList", attrs: { start: 1, type: null }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }] },
        { type: "orderedList", attrs: { start: 4, type: "a" }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "blockquote", attrs: { attribution: "Ada", sourceUrl: null }, content: [{ type: "paragraph", content: [{ type: "text", text: "q" }] }] },
        { type: "blockquote", attrs: { attribution: "  ", sourceUrl: "" }, content: [{ type: "paragraph" }] },
        { type: "image", attrs: { src: "https://img.test/a.jpg", alt: "A cat", caption: null, credit: "", title: null } },
        { type: "horizontalRule" },
        { type: "paragraph", content: [{ type: "text", text: "" }] },
        { type: "paragraph", content: [] },
      ],
    };
    const stored = toStoredDocument(tiptap);
    expect(stored).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Head" }] },
        { type: "paragraph", content: [{ type: "text", text: "link", marks: [{ type: "link", attrs: { href: "https://a.test" } }, { type: "bold" }] }] },
        { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }] },
        { type: "orderedList", attrs: { start: 4 }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "blockquote", attrs: { attribution: "Ada" }, content: [{ type: "paragraph", content: [{ type: "text", text: "q" }] }] },
        { type: "blockquote", content: [{ type: "paragraph" }] },
        { type: "image", attrs: { src: "https://img.test/a.jpg", alt: "A cat" } },
        { type: "horizontalRule" },
      ],
    });
    expect(ZArticleDocument.safeParse(stored).success).toBe(true);
  });

  it("leaves a missing alt as an empty string so the server names what is missing", () => {
    const stored = toStoredDocument({ type: "doc", content: [{ type: "image", attrs: { src: "https://img.test/a.jpg", alt: null } }] });
    const parsed = ZArticleDocument.safeParse(stored);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join(".")).toBe("content.0.attrs.alt");
  });

  it("keeps unknown nodes so the server refuses them rather than silently losing content", () => {
    const stored = toStoredDocument({ type: "doc", content: [{ type: "codeBlock", content: [{ type: "text", text: "x" }] }] });
    expect(ZArticleDocument.safeParse(stored).success).toBe(false);
  });

  it("drops the trailing empty paragraphs the editor keeps for the cursor, and only those", () => {
    const stored = toStoredDocument({ type: "doc", content: [{ type: "paragraph" }, { type: "horizontalRule" }, { type: "paragraph" }, { type: "paragraph" }] });
    expect(stored).toEqual({ type: "doc", content: [{ type: "paragraph" }, { type: "horizontalRule" }] });
  });

  it("returns an empty document for garbage", () => {
    expect(toStoredDocument(null)).toEqual({ type: "doc", content: [] });
  });
});
