// PostgreSQL's ts_headline marks matches with StartSel/StopSel strings. We ask it for two
// private-use characters instead of HTML, then split on them into text segments that React
// renders inside <mark> elements: article text is never turned into HTML on the way.
//
// ts_headline also drops anything its parser takes for an HTML tag ("<b>" in a story about
// markup would vanish), so "<" travels through it as a third private-use character and is put
// back here. The source text has all three characters removed first, so none can be forged.

/** Starts a highlighted match. */
export const MATCH_START = "\uE000";
/** Ends a highlighted match. */
export const MATCH_END = "\uE001";
/** Stands in for "<" while text passes through ts_headline. */
export const LESS_THAN = "\uE002";

export type THighlightSegment = { text: string; isMatch: boolean };

const MARKERS = /[\uE000\uE001]/;

/**
 * Splits ts_headline output into plain and matched runs. Markers that do not pair up (a
 * headline cut mid-match) end the match at the end of the text rather than throwing.
 */
export function splitHighlights(marked: string): THighlightSegment[] {
  const text = marked.replaceAll(LESS_THAN, "<");
  const segments: THighlightSegment[] = [];
  let isMatch = false;
  let run = "";
  const flush = () => {
    if (run === "") return;
    const last = segments.at(-1);
    if (last && last.isMatch === isMatch) last.text += run;
    else segments.push({ text: run, isMatch });
    run = "";
  };
  for (const char of text) {
    if (MARKERS.test(char)) {
      flush();
      isMatch = char === MATCH_START;
    } else {
      run += char;
    }
  }
  flush();
  return segments;
}

// Compared without spacing: ts_headline may trim or collapse it.
function squeeze(text: string): string {
  return text.replaceAll(LESS_THAN, "<").replace(/\s+/g, "");
}

/**
 * Adds "… " before a snippet that starts mid-way through its text and " …" after one that
 * stops short of the end, given the first and last characters of that text.
 */
export function withEllipses(segments: THighlightSegment[], sourceStart: string, sourceEnd: string): THighlightSegment[] {
  if (segments.length === 0) return segments;
  const snippet = squeeze(segments.map((segment) => segment.text).join(""));
  const start = squeeze(sourceStart).slice(0, 12);
  const end = squeeze(sourceEnd).slice(-12);
  const result = [...segments];
  if (start !== "" && !snippet.startsWith(start)) result.unshift({ text: "… ", isMatch: false });
  if (end !== "" && !snippet.endsWith(end)) result.push({ text: " …", isMatch: false });
  return result;
}
