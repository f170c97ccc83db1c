import type { THighlightSegment } from "@/lib/search/highlight-markers";

/** Text with the reader's search words in <mark>: text nodes only, escaped by React. */
export function HighlightedText({ segments }: { segments: THighlightSegment[] }) {
  return segments.map((segment, index) =>
    segment.isMatch ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
  );
}
