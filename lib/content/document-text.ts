import type { TArticleDocument, TBlock, TInline } from "./document-schema";

// Plain text of a document: for reading time, search, excerpts and feeds.

function inlineText(content: TInline[] | undefined): string {
  return (content ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

function blockText(block: TBlock): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineText(block.content);
    case "bulletList":
    case "orderedList":
      return block.content.map((item) => item.content.map((p) => inlineText(p.content)).join("\n")).join("\n");
    case "blockquote":
      return [...block.content.map((p) => inlineText(p.content)), block.attrs?.attribution ?? ""].join("\n");
    case "image":
      return block.attrs.caption ?? "";
    case "video":
      return block.attrs.caption ?? block.attrs.title;
    case "horizontalRule":
      return "";
  }
}

export function documentToPlainText(doc: TArticleDocument): string {
  return doc.content.map(blockText).filter(Boolean).join("\n\n");
}

export function readingTimeMinutes(doc: TArticleDocument, wordsPerMinute = 230): number {
  const words = documentToPlainText(doc).split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/**
 * A story's summary for search engines and link previews when it has no dek (imported posts often
 * have none): the opening paragraphs' text, cut at a word boundary near `maxLength`.
 */
export function documentSummary(doc: TArticleDocument, maxLength = 160): string {
  const text = doc.content
    .filter((block) => block.type === "paragraph")
    .map(blockText)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
