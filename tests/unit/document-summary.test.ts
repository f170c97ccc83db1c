import { describe, expect, it } from "vitest";
import { documentSummary } from "@/lib/content/document-text";
import type { TArticleDocument } from "@/lib/content/document-schema";

function paragraphs(...texts: string[]): TArticleDocument {
  return { type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
}

describe("documentSummary", () => {
  it("is the opening paragraphs' text, spaces collapsed", () => {
    expect(documentSummary(paragraphs("The board met.", "  It agreed\nto dredge. "))).toBe("The board met. It agreed to dredge.");
  });

  it("cuts a long opening at a word boundary under the limit, with an ellipsis", () => {
    const summary = documentSummary(paragraphs("word ".repeat(100)), 60);
    expect(summary.length).toBeLessThanOrEqual(60);
    expect(summary).toMatch(/^(word )+word…$/);
  });

  it("leaves out quotes and headings, and is empty when there is no paragraph", () => {
    const doc: TArticleDocument = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "A heading" }] },
        { type: "blockquote", attrs: { attribution: "Someone" }, content: [{ type: "paragraph", content: [{ type: "text", text: "A quote" }] }] },
      ],
    };
    expect(documentSummary(doc)).toBe("");
  });
});
