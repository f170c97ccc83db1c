// WordPress and Ghost HTML mapped onto Masthead's document: every block we have, and anything
// else kept as readable text and named in the notes.
import { describe, expect, it } from "vitest";
import { parseArticleDocument } from "@/lib/content/document-schema";
import { foldCommentThread } from "@/lib/import/fold-comment-thread";
import { htmlToDocument } from "@/lib/import/html-to-document";
import type { TSourceComment } from "@/lib/import/import-types";

describe("htmlToDocument", () => {
  it("keeps a WordPress quote block with its citation", () => {
    const { document, notes } = htmlToDocument(
      `<!-- wp:quote --><blockquote class="wp-block-quote"><!-- wp:paragraph --><p>Democracy dies in <em>darkness</em>.</p><!-- /wp:paragraph --><cite>— The Washington Post</cite></blockquote><!-- /wp:quote -->`,
    );
    expect(notes).toEqual([]);
    expect(document.content).toEqual([
      {
        type: "blockquote",
        attrs: { attribution: "The Washington Post" },
        content: [{ type: "paragraph", content: [{ type: "text", text: "Democracy dies in " }, { type: "text", text: "darkness", marks: [{ type: "italic" }] }, { type: "text", text: "." }] }],
      },
    ]);
  });

  it("keeps a Ghost quote (bare text) and a pull quote's figcaption and cite address", () => {
    const { document } = htmlToDocument(
      `<blockquote>Plain words.</blockquote><figure class="wp-block-pullquote"><blockquote cite="https://example.org/speech"><p>Said aloud.</p><cite>A. Speaker</cite></blockquote></figure>`,
    );
    expect(document.content).toEqual([
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Plain words." }] }] },
      { type: "blockquote", attrs: { attribution: "A. Speaker", sourceUrl: "https://example.org/speech" }, content: [{ type: "paragraph", content: [{ type: "text", text: "Said aloud." }] }] },
    ]);
  });

  it("maps headings, lists, links, images, embeds and rules", () => {
    const { document, notes } = htmlToDocument(
      [
        `<h1>Top</h1><h3>Sub</h3><h5>Deep</h5>`,
        `<ul><li>One <a href="https://example.org">link</a></li><li><strong>Two</strong><ul><li>nested</li></ul></li></ul>`,
        `<ol start="3"><li>Three</li></ol>`,
        `<figure class="wp-block-image"><img src="https://cdn.example.org/a.jpg" alt="A harbour"/><figcaption>At dawn</figcaption></figure>`,
        `<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc123\n</div></figure>`,
        `<hr/><p>Line<br>break</p>`,
      ].join(""),
    );
    expect(notes).toEqual([]);
    expect(document.content.map((block) => block.type)).toEqual(["heading", "heading", "heading", "bulletList", "orderedList", "image", "video", "horizontalRule", "paragraph"]);
    expect(document.content.slice(0, 3).map((block) => (block.type === "heading" ? block.attrs.level : 0))).toEqual([2, 3, 4]);
    expect(document.content[3]).toMatchObject({ content: [{ content: [{ content: [{ text: "One " }, { text: "link", marks: [{ type: "link", attrs: { href: "https://example.org" } }] }] }] }, { content: [{ content: [{ text: "Two" }] }, { content: [{ text: "nested" }] }] }] });
    expect(document.content[4]).toMatchObject({ attrs: { start: 3 } });
    expect(document.content[5]).toEqual({ type: "image", attrs: { src: "https://cdn.example.org/a.jpg", alt: "A harbour", caption: "At dawn" } });
    expect(document.content[6]).toEqual({ type: "video", attrs: { url: "https://www.youtube.com/watch?v=abc123", title: "Embedded video" } });
    expect(document.content[8]).toEqual({ type: "paragraph", content: [{ type: "text", text: "Line" }, { type: "hardBreak" }, { type: "text", text: "break" }] });
  });

  it("keeps unknown content as readable text and says so; drops scripts and unsafe links", () => {
    const { document, notes } = htmlToDocument(
      `<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Blue</td><td>12</td></tr></table><pre>code()</pre><script>alert(1)</script><p><a href="javascript:alert(1)">click</a></p><figure class="wp-block-embed is-provider-twitter"><div class="wp-block-embed__wrapper">https://twitter.com/x/status/1</div></figure><img src="https://x.org/b.png">`,
    );
    const text = JSON.stringify(document);
    expect(text).toContain("Party | Seats");
    expect(text).toContain("Blue | 12");
    expect(text).toContain("code()");
    expect(text).not.toContain("alert(1)");
    expect(text).not.toContain("javascript:");
    expect(text).toContain("https://twitter.com/x/status/1");
    expect(notes.join("\n")).toMatch(/table kept as plain text/);
    expect(notes.join("\n")).toMatch(/preformatted/);
    expect(notes.join("\n")).toMatch(/<script> left out/);
    expect(notes.join("\n")).toMatch(/kept as text \(not a web address\)/);
    expect(notes.join("\n")).toMatch(/embed from twitter.com kept as a link/);
    expect(notes.join("\n")).toMatch(/image without a description/);
    expect(() => parseArticleDocument(document)).not.toThrow();
  });

  it("turns classic-editor text separated by blank lines into paragraphs", () => {
    const { document } = htmlToDocument("First paragraph.\n\nSecond <b>bold</b> one.");
    expect(document.content).toHaveLength(2);
  });
});

describe("foldCommentThread", () => {
  const comment = (sourceId: string, parentSourceId: string | null, minute: number): TSourceComment => ({
    sourceId,
    parentSourceId,
    authorName: "R",
    authorEmail: "",
    body: "b",
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
    status: "PUBLISHED",
  });

  it("keeps depths 0-2 and attaches deeper replies to their ancestor at depth 1", () => {
    const folded = foldCommentThread([comment("1", null, 0), comment("2", "1", 1), comment("3", "2", 2), comment("4", "3", 3), comment("5", "4", 4), comment("6", "99", 5)]);
    const byId = Object.fromEntries(folded.map((c) => [c.sourceId, c]));
    expect([byId["1"]?.depth, byId["2"]?.depth, byId["3"]?.depth, byId["4"]?.depth, byId["5"]?.depth]).toEqual([0, 1, 2, 2, 2]);
    expect(byId["4"]?.parentSourceId).toBe("2");
    expect(byId["5"]?.parentSourceId).toBe("2");
    expect(byId["5"]?.sourceDepth).toBe(4);
    // A reply to a comment that did not come over starts a thread of its own.
    expect(byId["6"]).toMatchObject({ depth: 0, parentSourceId: null });
    expect(folded.map((c) => c.depth)).toEqual([...folded.map((c) => c.depth)].sort());
  });
});
