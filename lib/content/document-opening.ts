import type { TArticleDocument } from "./document-schema";

/**
 * The start of a document up to and including its `paragraphs`-th paragraph: what a reader
 * without access to a VIP-only story sees. Headings, quotes and images before that point come
 * along, so the opening reads as the writer laid it out.
 */
export function openingOfDocument(doc: TArticleDocument, paragraphs = 3): TArticleDocument {
  const content: TArticleDocument["content"] = [];
  let seen = 0;
  for (const block of doc.content) {
    content.push(block);
    if (block.type === "paragraph" && ++seen >= paragraphs) break;
  }
  return { type: "doc", content };
}
