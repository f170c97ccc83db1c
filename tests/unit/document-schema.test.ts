import { describe, expect, it } from "vitest";
import { ZArticleDocument } from "@/lib/content/document-schema";
import { documentToPlainText, readingTimeMinutes } from "@/lib/content/document-text";
import { isSafeUrl } from "@/lib/content/safe-url";

const quote = {
  type: "blockquote",
  attrs: { attribution: "The Harbor Ledger", sourceUrl: "https://www.example.com/ledger" },
  content: [{ type: "paragraph", content: [{ type: "text", text: "A quoted line." }] }],
};

function docWith(...content: unknown[]) {
  return { type: "doc", content };
}

describe("ZArticleDocument", () => {
  it("accepts paragraphs with marks and links, headings, lists, quotes, images, videos and rules", () => {
    const doc = docWith(
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Context" }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Bold", marks: [{ type: "bold" }] },
          { type: "hardBreak" },
          { type: "text", text: "a link", marks: [{ type: "link", attrs: { href: "/articles/other" } }] },
        ],
      },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }] },
      { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
      quote,
      { type: "image", attrs: { src: "https://cdn.example.com/a.jpg", alt: "A harbour at dawn", caption: "Dawn" } },
      { type: "video", attrs: { url: "https://www.youtube.com/watch?v=abcdefghijk", title: "Briefing" } },
      { type: "horizontalRule" },
    );
    expect(ZArticleDocument.safeParse(doc).success).toBe(true);
  });

  it("rejects unknown node types", () => {
    const result = ZArticleDocument.safeParse(docWith({ type: "script", content: [] }));
    expect(result.success).toBe(false);
  });

  it("rejects unknown attributes, so nothing unvalidated is stored", () => {
    const result = ZArticleDocument.safeParse(
      docWith({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [] }),
    );
    expect(result.success).toBe(false);
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "//evil.example", "vbscript:x"])(
    "rejects the link %s and names the field",
    (href) => {
      const result = ZArticleDocument.safeParse(
        docWith({ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href } }] }] }),
      );
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["content", 0, "content", 0, "marks", 0, "attrs", "href"]);
    },
  );

  it("requires alt text on images", () => {
    const result = ZArticleDocument.safeParse(docWith({ type: "image", attrs: { src: "/media/a.jpg", alt: " " } }));
    expect(result.success).toBe(false);
  });

  it("refuses a data: image source", () => {
    const result = ZArticleDocument.safeParse(
      docWith({ type: "image", attrs: { src: "data:image/png;base64,AAAA", alt: "x" } }),
    );
    expect(result.success).toBe(false);
  });

  it("refuses a quote source that is not http(s)", () => {
    const result = ZArticleDocument.safeParse(
      docWith({ ...quote, attrs: { attribution: "x", sourceUrl: "javascript:alert(1)" } }),
    );
    expect(result.success).toBe(false);
  });
});

describe("isSafeUrl", () => {
  it("allows https, http, mailto and same-site paths", () => {
    for (const url of ["https://example.com/a", "http://example.com", "mailto:desk@example.com", "/tags/politics"]) {
      expect(isSafeUrl(url)).toBe(true);
    }
  });
});

describe("document text", () => {
  it("includes quotes and their attribution, and counts reading time in whole minutes", () => {
    const doc = ZArticleDocument.parse(docWith(quote, { type: "paragraph", content: [{ type: "text", text: "word ".repeat(460) }] }));
    expect(documentToPlainText(doc)).toContain("The Harbor Ledger");
    expect(readingTimeMinutes(doc)).toBe(2);
  });
});
