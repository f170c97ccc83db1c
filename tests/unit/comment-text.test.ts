// A comment's text: links found the same way for counting and for showing, rendered only as
// text, line breaks and links; never as markup.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentBody } from "@/components/comments/comment-body";
import { countLinks, splitLinks } from "@/lib/comments/find-links";

describe("splitLinks", () => {
  it("finds http(s) and www addresses and leaves sentence punctuation out", () => {
    expect(splitLinks("See https://example.org/a?b=1, then www.example.com.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: ", then " },
      { kind: "link", text: "www.example.com", href: "https://www.example.com/" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps a closing parenthesis that belongs to the address", () => {
    expect(splitLinks("(https://en.wikipedia.org/wiki/Port_(disambiguation))")[1]).toMatchObject({
      text: "https://en.wikipedia.org/wiki/Port_(disambiguation)",
    });
  });

  it("never links other schemes", () => {
    expect(countLinks("javascript:alert(1) data:text/html,<b>x</b> ftp://example.org")).toBe(0);
  });

  it("counts links", () => {
    expect(countLinks("http://a.example https://b.example www.c.example plain")).toBe(3);
  });
});

describe("CommentBody", () => {
  it("renders markup as text, with paragraphs, line breaks and safe links", () => {
    const html = renderToStaticMarkup(
      createElement(CommentBody, { text: '<script>alert(1)</script>\n<img src=x onerror="alert(1)">\n\nSee https://example.org/x' }),
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;<br/>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain('<a href="https://example.org/x" rel="nofollow ugc noopener" class="comment__link">https://example.org/x</a>');
    expect(html.match(/<p>/g)).toHaveLength(2);
  });
});
