// Where a comment's plain text holds web addresses. Shared by the renderer (which turns them into
// links) and the moderation rules (which count them), so both agree on what "a link" is.

export type TTextPiece = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// http(s) addresses (and bare "www." ones, which spammers favour) up to the next space or angle
// bracket. Trailing punctuation that usually ends
// the sentence rather than the address (".", ",", ")" ...) is trimmed below.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]}]+$/;

function trimTrailing(candidate: string): string {
  let trimmed = candidate.replace(TRAILING_PUNCTUATION, "");
  // Keep a closing parenthesis that closes one inside the address (Wikipedia style).
  const opens = (candidate.match(/\(/g) ?? []).length;
  const closesKept = (trimmed.match(/\)/g) ?? []).length;
  if (opens > closesKept && candidate.slice(trimmed.length).startsWith(")")) trimmed += ")";
  return trimmed;
}

/** The address as a safe href, or null when it does not parse as an http(s) URL. */
function toHref(candidate: string): string | null {
  try {
    const url = new URL(/^www\./i.test(candidate) ? `https://${candidate}` : candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Splits one line of text into plain pieces and http(s) links, in order. */
export function splitLinks(line: string): TTextPiece[] {
  const pieces: TTextPiece[] = [];
  let position = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index;
    const text = trimTrailing(match[0]);
    const href = toHref(text);
    if (!href) continue;
    if (start > position) pieces.push({ kind: "text", text: line.slice(position, start) });
    pieces.push({ kind: "link", text, href });
    position = start + text.length;
  }
  if (position < line.length) pieces.push({ kind: "text", text: line.slice(position) });
  return pieces;
}

/** How many links the comment would show. */
export function countLinks(text: string): number {
  return splitLinks(text).filter((piece) => piece.kind === "link").length;
}
