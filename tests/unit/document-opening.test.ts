import { describe, expect, it } from "vitest";
import { openingOfDocument } from "@/lib/content/document-opening";
import type { TArticleDocument } from "@/lib/content/document-schema";

const p = (text: string) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text }] });

describe("openingOfDocument", () => {
  it("keeps everything up to the third paragraph, quotes and headings included, and nothing after", () => {
    const doc: TArticleDocument = {
      type: "doc",
      content: [
        p("one"),
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "h" }] },
        p("two"),
        { type: "blockquote", content: [p("quoted")] },
        p("three"),
        p("four"),
      ],
    };
    const opening = openingOfDocument(doc);
    expect(opening.content).toHaveLength(5);
    expect(JSON.stringify(opening)).not.toContain("four");
  });
});
