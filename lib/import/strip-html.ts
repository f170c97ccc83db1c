import { parseDocument } from "htmlparser2";
import { textContent } from "domutils";

/** Comment bodies and excerpts are plain text here: markup becomes text, paragraphs become lines. */
export function stripHtml(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const spaced = html.replace(/<br\s*\/?>/gi, "\n").replace(/<\/p>\s*<p[^>]*>/gi, "\n\n");
  return textContent(parseDocument(spaced, { decodeEntities: true }).children)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
