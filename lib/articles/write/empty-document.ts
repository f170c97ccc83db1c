import type { TArticleDocument } from "@/lib/content/document-schema";

/** A new article's body: one empty paragraph, so the editor has somewhere to put the cursor. */
export const EMPTY_DOCUMENT = { type: "doc", content: [{ type: "paragraph" }] } as const satisfies TArticleDocument;
