import type { TArticleDocument, TBlock, TInline, TParagraph } from "@/lib/content/document-schema";
import { isSafeUrl } from "@/lib/content/safe-url";
import { escapeMarkup } from "./escape-markup";

// A structured article document as minimal HTML for feed readers (RSS content:encoded, Atom
// content, JSON Feed content_html). Written by hand from the document's own node types, with
// every text and attribute escaped: no stored HTML exists, and none is passed through.
// Links and images become absolute, since a feed reader has no page to resolve them against.

type TContext = { siteUrl: string };

function absoluteUrl(href: string, context: TContext): string | null {
  // The schema already refuses unsafe URLs on save; checked again because this is output.
  if (!isSafeUrl(href)) return null;
  try {
    return new URL(href, context.siteUrl).toString();
  } catch {
    return null;
  }
}

function inlineHtml(content: TInline[] | undefined, context: TContext): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === "hardBreak") return "<br>";
      let html = escapeMarkup(node.text);
      const marks = node.marks ?? [];
      if (marks.some((mark) => mark.type === "italic")) html = `<em>${html}</em>`;
      if (marks.some((mark) => mark.type === "bold")) html = `<strong>${html}</strong>`;
      const link = marks.find((mark) => mark.type === "link");
      const href = link?.type === "link" ? absoluteUrl(link.attrs.href, context) : null;
      return href ? `<a href="${escapeMarkup(href)}">${html}</a>` : html;
    })
    .join("");
}

function paragraphHtml(paragraph: TParagraph, context: TContext): string {
  const inner = inlineHtml(paragraph.content, context);
  return inner ? `<p>${inner}</p>` : "";
}

function blockHtml(block: TBlock, context: TContext): string {
  switch (block.type) {
    case "paragraph":
      return paragraphHtml(block, context);
    case "heading":
      return `<h${block.attrs.level}>${inlineHtml(block.content, context)}</h${block.attrs.level}>`;
    case "bulletList":
    case "orderedList": {
      const items = block.content
        .map((item) => `<li>${item.content.map((paragraph) => paragraphHtml(paragraph, context)).join("")}</li>`)
        .join("");
      if (block.type === "bulletList") return `<ul>${items}</ul>`;
      const start = block.attrs?.start;
      return start !== undefined && start !== 1 ? `<ol start="${start}">${items}</ol>` : `<ol>${items}</ol>`;
    }
    case "blockquote": {
      const quote = block.content.map((paragraph) => paragraphHtml(paragraph, context)).join("");
      const attribution = block.attrs?.attribution;
      const source = block.attrs?.sourceUrl ? absoluteUrl(block.attrs.sourceUrl, context) : null;
      const cite = attribution
        ? `<p>— ${source ? `<a href="${escapeMarkup(source)}"><cite>${escapeMarkup(attribution)}</cite></a>` : `<cite>${escapeMarkup(attribution)}</cite>`}</p>`
        : "";
      return `<blockquote>${quote}${cite}</blockquote>`;
    }
    case "image": {
      const src = absoluteUrl(block.attrs.src, context);
      if (!src) return "";
      const caption = [block.attrs.caption, block.attrs.credit].filter(Boolean).join(" ");
      const figcaption = caption ? `<figcaption>${escapeMarkup(caption)}</figcaption>` : "";
      return `<figure><img src="${escapeMarkup(src)}" alt="${escapeMarkup(block.attrs.alt)}">${figcaption}</figure>`;
    }
    case "video": {
      // Feed readers strip iframes; a link to the video is what survives everywhere.
      const url = absoluteUrl(block.attrs.url, context);
      const title = escapeMarkup(block.attrs.title);
      const caption = block.attrs.caption ? ` ${escapeMarkup(block.attrs.caption)}` : "";
      return url ? `<p><a href="${escapeMarkup(url)}">Video: ${title}</a>${caption}</p>` : "";
    }
    case "horizontalRule":
      return "<hr>";
  }
}

export function documentToHtml(doc: TArticleDocument, context: TContext): string {
  return doc.content.map((block) => blockHtml(block, context)).join("\n");
}
