// Builders for article bodies in the one allowed shape (lib/content/document-schema.ts), so
// tests and demo content read like the article they describe rather than like nested JSON.
import type {
  TArticleDocument,
  TBlock,
  TBlockquote,
  TBulletList,
  THeading,
  TImage,
  TInline,
  TListItem,
  TMark,
  TOrderedList,
  TParagraph,
  TTextNode,
  TVideo,
} from "@/lib/content/document-schema";

export function text(value: string, marks?: TMark[]): TTextNode {
  return marks && marks.length > 0 ? { type: "text", text: value, marks } : { type: "text", text: value };
}

export function bold(value: string): TTextNode {
  return text(value, [{ type: "bold" }]);
}

export function italic(value: string): TTextNode {
  return text(value, [{ type: "italic" }]);
}

export function link(value: string, href: string): TTextNode {
  return text(value, [{ type: "link", attrs: { href } }]);
}

/** Plain strings become unmarked text; empty strings are dropped because the schema refuses empty text. */
export type TInlinePart = string | TInline;

function toInline(parts: readonly TInlinePart[]): TInline[] {
  return parts.filter((part) => part !== "").map((part) => (typeof part === "string" ? text(part) : part));
}

export function paragraph(...parts: TInlinePart[]): TParagraph {
  const content = toInline(parts);
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

// `[label](href)`, `**bold**` and `*italic*`: enough markup to write demo prose with links in
// one string. Anything else, including unmatched markers, stays literal text.
const INLINE_MARKUP = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/g;

export function inlineMarkup(source: string): TInline[] {
  const parts: TInlinePart[] = [];
  let cursor = 0;
  for (const match of source.matchAll(INLINE_MARKUP)) {
    parts.push(source.slice(cursor, match.index));
    const [, label, href, strong, emphasis] = match;
    if (label !== undefined && href !== undefined) parts.push(link(label, href));
    else if (strong !== undefined) parts.push(bold(strong));
    else if (emphasis !== undefined) parts.push(italic(emphasis));
    cursor = match.index + match[0].length;
  }
  parts.push(source.slice(cursor));
  return toInline(parts);
}

/** A paragraph written with inlineMarkup's links and emphasis. */
export function prose(source: string): TParagraph {
  return paragraph(...inlineMarkup(source));
}

export function heading(level: 2 | 3 | 4, ...parts: TInlinePart[]): THeading {
  const content = toInline(parts);
  return content.length > 0
    ? { type: "heading", attrs: { level }, content }
    : { type: "heading", attrs: { level } };
}

/** A list entry: markup text, inline parts, or a ready paragraph. */
export type TListEntry = string | TInlinePart[] | TParagraph;

function listItem(entry: TListEntry): TListItem {
  if (typeof entry === "string") return { type: "listItem", content: [prose(entry)] };
  if (Array.isArray(entry)) return { type: "listItem", content: [paragraph(...entry)] };
  return { type: "listItem", content: [entry] };
}

export function bulletList(entries: readonly TListEntry[]): TBulletList {
  return { type: "bulletList", content: entries.map(listItem) };
}

export function orderedList(entries: readonly TListEntry[], start?: number): TOrderedList {
  const list: TOrderedList = { type: "orderedList", content: entries.map(listItem) };
  return start === undefined ? list : { ...list, attrs: { start } };
}

export type TQuoteSource = { attribution?: string; sourceUrl?: string };

/** A quotation; string paragraphs accept inlineMarkup. */
export function blockquote(paragraphs: string | ReadonlyArray<string | TParagraph>, source: TQuoteSource = {}): TBlockquote {
  const list = typeof paragraphs === "string" ? [paragraphs] : paragraphs;
  const content = list.map((entry) => (typeof entry === "string" ? prose(entry) : entry));
  const attrs = {
    ...(source.attribution !== undefined ? { attribution: source.attribution } : {}),
    ...(source.sourceUrl !== undefined ? { sourceUrl: source.sourceUrl } : {}),
  };
  return Object.keys(attrs).length > 0 ? { type: "blockquote", attrs, content } : { type: "blockquote", content };
}

export function video(url: string, title: string, caption?: string): TVideo {
  return { type: "video", attrs: caption === undefined ? { url, title } : { url, title, caption } };
}

export function image(src: string, alt: string, extras: { caption?: string; credit?: string } = {}): TImage {
  return { type: "image", attrs: { src, alt, ...extras } };
}

export function horizontalRule(): TBlock {
  return { type: "horizontalRule" };
}

export function doc(...blocks: TBlock[]): TArticleDocument {
  return { type: "doc", content: blocks };
}

export type TOpinionDocumentOptions = {
  /** What the piece argues about; appears in the heading and the prose. */
  subject?: string;
  /** Appended after the standard blocks, e.g. a video or an image under test. */
  extraBlocks?: TBlock[];
};

/**
 * A short opinion piece with everything a real one has: prose with an inline link, a heading,
 * a list, and two quotations from other outlets with attribution and source.
 */
export function buildOpinionDocument(options: TOpinionDocumentOptions = {}): TArticleDocument {
  const subject = options.subject ?? "the harbour budget";
  return doc(
    prose(`Nobody in the Assembly disputes that ${subject} matters. The argument is about who pays, and when.`),
    prose(`The [finance committee's summary](https://www.example.org/committee/summary) runs to forty pages, and most of it is *caveats*.`),
    blockquote(`The numbers on ${subject} do not add up, and everyone in the chamber knows it.`, {
      attribution: "The Harbor Ledger editorial board",
      sourceUrl: "https://www.example.com/harbor-ledger/editorial",
    }),
    heading(2, "What happens next"),
    bulletList(["A second reading next week.", "A committee vote before the recess.", "A final vote, if the coalition holds."]),
    blockquote(["We will not be rushed into a bad deal.", "Nor will we stall a good one."], {
      attribution: "Tomas Adeyemi, leader of the opposition",
      sourceUrl: "https://www.example.net/courier/interview",
    }),
    prose(`Whatever the outcome, readers deserve **a straight account** of ${subject}.`),
    ...(options.extraBlocks ?? []),
  );
}
