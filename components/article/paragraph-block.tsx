import type { TParagraph } from "@/lib/content/document-schema";
import { InlineContent } from "./inline-content";

/** An empty paragraph is the editor's way of adding space; the stylesheet spaces paragraphs. */
export function ParagraphBlock({ paragraph }: { paragraph: TParagraph }) {
  if (!paragraph.content || paragraph.content.length === 0) return null;
  return (
    <p>
      <InlineContent content={paragraph.content} />
    </p>
  );
}
