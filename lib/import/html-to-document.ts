import "server-only";
import { ElementType, parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { textContent } from "domutils";
import {
  ZArticleDocument,
  type TArticleDocument,
  type TBlock,
  type TInline,
  type TMark,
  type TParagraph,
} from "@/lib/content/document-schema";
import { isSafeUrl } from "@/lib/content/safe-url";
import { embedBlock } from "./embed-block";

// WordPress and Ghost both export a post as HTML. This maps it onto Masthead's document
// (lib/content/document-schema.ts): paragraphs, headings, lists, quotes with their citation,
// images, video embeds, rules, bold/italic/links. Whatever has no block of ours (tables, code,
// unknown embeds, forms) is kept as readable text and named in `notes`, never dropped silently.

export type TConverted = { document: TArticleDocument; notes: string[] };

const MAX_TEXT = 20_000;
const BLOCK_CONTAINERS = new Set(["div", "section", "article", "main", "header", "footer", "aside", "center", "details", "summary"]);
const DROPPED = new Set(["script", "style", "noscript", "template", "form", "input", "button", "select", "textarea", "svg", "canvas", "object"]);
const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "figure", "img", "iframe", "hr", "pre", "table", "video", "audio", "dl", ...BLOCK_CONTAINERS, ...DROPPED]);

class Converter {
  readonly notes = new Set<string>();
  readonly blocks: TBlock[] = [];
  private inline: TInline[] = [];

  convertNodes(nodes: readonly ChildNode[]): void {
    for (const node of nodes) this.convertNode(node);
    this.flushInline();
  }

  private convertNode(node: ChildNode): void {
    if (node.type === ElementType.Text) return this.addText(node.data, []);
    if (node.type === ElementType.Comment || node.type === ElementType.Directive) return;
    if (node.type === ElementType.CDATA) return this.convertNodes(node.children);
    if (!isElement(node)) return;
    const tag = node.name.toLowerCase();
    if (!BLOCK_TAGS.has(tag)) return this.addInline(node, []);
    this.flushInline();
    this.convertBlock(node, tag);
  }

  private convertBlock(node: Element, tag: string): void {
    if (tag === "p") return this.pushParagraphs(this.inlineOf(node.children, []));
    if (/^h[1-6]$/.test(tag)) {
      const level = tag === "h1" || tag === "h2" ? 2 : tag === "h3" ? 3 : 4;
      const content = trimInline(this.inlineOf(node.children, []));
      if (content.length > 0) this.blocks.push({ type: "heading", attrs: { level }, content: content.slice(0, 100) });
      return;
    }
    if (tag === "ul" || tag === "ol") return this.pushList(node, tag);
    if (tag === "blockquote") return this.pushQuote(node);
    if (tag === "hr") return void this.blocks.push({ type: "horizontalRule" });
    if (tag === "img") return this.pushImage(node, undefined);
    if (tag === "figure") return this.pushFigure(node);
    if (tag === "iframe" || tag === "video" || tag === "audio") return this.pushEmbed(node, attr(node, "src") ?? firstSourceOf(node));
    if (tag === "pre") return this.pushPlainText(textContent(node), "preformatted text or code kept as plain paragraphs");
    if (tag === "table") return this.pushTable(node);
    if (tag === "dl") return this.pushPlainText(textContent(node), "a definition list kept as plain text");
    if (DROPPED.has(tag)) {
      this.notes.add(`<${tag}> left out (${tag === "script" || tag === "style" ? "scripts and styles never come over" : "interactive content"})`);
      return;
    }
    this.convertNodes(node.children);
  }

  private addInline(node: Element, marks: TMark[]): void {
    this.inline.push(...this.inlineOf([node], marks));
  }

  private addText(data: string, marks: TMark[]): void {
    // Text between blocks with blank lines (WordPress's classic editor, "wpautop") is paragraphs.
    const parts = data.split(/\n\s*\n/);
    parts.forEach((part, index) => {
      if (index > 0) this.flushInline();
      this.inline.push(...textNodes(part, marks));
    });
  }

  private flushInline(): void {
    if (this.inline.length === 0) return;
    this.pushParagraphs(this.inline);
    this.inline = [];
  }

  private pushParagraphs(content: TInline[]): void {
    const images = content.filter((node) => (node as { type: string }).type === "image");
    const trimmed = trimInline(content.filter((node) => (node as { type: string }).type !== "image"));
    for (let start = 0; start < trimmed.length; start += 500) this.blocks.push({ type: "paragraph", content: trimmed.slice(start, start + 500) });
    for (const image of images) this.blocks.push(image as unknown as TBlock);
  }

  /** Inline content; an <img> inside a paragraph comes out as a block after it (see pushParagraphs). */
  private inlineOf(nodes: readonly ChildNode[], marks: TMark[]): TInline[] {
    const out: TInline[] = [];
    for (const node of nodes) {
      if (node.type === ElementType.Text) out.push(...textNodes(node.data, marks));
      else if (isElement(node)) {
        const tag = node.name.toLowerCase();
        if (tag === "br") out.push({ type: "hardBreak" });
        else if (tag === "strong" || tag === "b") out.push(...this.inlineOf(node.children, withMark(marks, { type: "bold" })));
        else if (tag === "em" || tag === "i") out.push(...this.inlineOf(node.children, withMark(marks, { type: "italic" })));
        else if (tag === "a") {
          const href = (attr(node, "href") ?? "").trim();
          if (href && !isSafeUrl(href)) this.notes.add(`a link to “${href.slice(0, 60)}” kept as text (not a web address)`);
          out.push(...this.inlineOf(node.children, href && isSafeUrl(href) ? withMark(marks, { type: "link", attrs: { href } }) : marks));
        } else if (tag === "img") {
          const image = this.imageBlock(node, undefined);
          if (image) out.push(image as unknown as TInline);
        } else if (DROPPED.has(tag)) this.notes.add(`<${tag}> left out`);
        else out.push(...this.inlineOf(node.children, marks));
      }
    }
    return out;
  }

  private pushList(node: Element, tag: "ul" | "ol"): void {
    const items = node.children.filter((child): child is Element => isElement(child) && child.name.toLowerCase() === "li");
    const listItems = items
      .map((item) => {
        const nested = new Converter();
        nested.convertNodes(item.children);
        nested.notes.forEach((note) => this.notes.add(note));
        const paragraphs = nested.blocks.flatMap((block) => asParagraphs(block));
        return paragraphs.length > 0 ? { type: "listItem" as const, content: paragraphs.slice(0, 20) } : null;
      })
      .filter((item) => item !== null);
    for (let start = 0; start < listItems.length; start += 200) {
      const content = listItems.slice(start, start + 200);
      if (tag === "ul") this.blocks.push({ type: "bulletList", content });
      else {
        const first = Number.parseInt(attr(node, "start") ?? "1", 10);
        const startAt = Math.min(Math.max(Number.isFinite(first) ? first : 1, 0), 10_000) + start;
        this.blocks.push(startAt === 1 ? { type: "orderedList", content } : { type: "orderedList", attrs: { start: Math.min(startAt, 10_000) }, content });
      }
    }
  }

  private pushQuote(node: Element): void {
    const cite = findFirst(node, (child) => child.name.toLowerCase() === "cite" || (child.name.toLowerCase() === "figcaption"));
    const attribution = cite ? collapse(textContent(cite)).replace(/^[—–-]\s*/, "").slice(0, 300) : "";
    const source = attr(node, "cite");
    const inner = new Converter();
    inner.convertNodes(node.children.filter((child) => child !== cite && !(isElement(child) && child === cite)));
    if (cite) removeFrom(inner, attribution);
    inner.notes.forEach((note) => this.notes.add(note));
    const paragraphs = inner.blocks.flatMap((block) => asParagraphs(block)).slice(0, 50);
    if (paragraphs.length === 0) return;
    const attrs: { attribution?: string; sourceUrl?: string } = {};
    if (attribution) attrs.attribution = attribution;
    if (source && /^https?:\/\//i.test(source)) attrs.sourceUrl = source;
    this.blocks.push(Object.keys(attrs).length > 0 ? { type: "blockquote", attrs, content: paragraphs } : { type: "blockquote", content: paragraphs });
  }

  private pushFigure(node: Element): void {
    const className = attr(node, "class") ?? "";
    const caption = findFirst(node, (child) => child.name.toLowerCase() === "figcaption");
    const captionText = caption ? collapse(textContent(caption)).slice(0, 500) : undefined;
    const quote = findFirst(node, (child) => child.name.toLowerCase() === "blockquote");
    if (quote) return this.pushQuote(quote);
    const iframe = findFirst(node, (child) => ["iframe", "video", "audio"].includes(child.name.toLowerCase()));
    if (iframe) return this.pushEmbed(iframe, attr(iframe, "src") ?? firstSourceOf(iframe), captionText);
    if (/embed/.test(className)) {
      const wrapper = findFirst(node, (child) => /embed__wrapper/.test(attr(child, "class") ?? ""));
      const url = collapse(textContent(wrapper ?? node)).split(" ")[0] ?? "";
      const link = findFirst(node, (child) => child.name.toLowerCase() === "a");
      return this.pushEmbed(node, /^https?:\/\//.test(url) ? url : attr(link ?? node, "href"), captionText);
    }
    const image = findFirst(node, (child) => child.name.toLowerCase() === "img");
    if (image) return this.pushImage(image, captionText);
    const table = findFirst(node, (child) => child.name.toLowerCase() === "table");
    if (table) return this.pushTable(table);
    this.convertNodes(node.children);
  }

  private imageBlock(node: Element, caption: string | undefined): TBlock | null {
    const src = (attr(node, "src") ?? attr(node, "data-src") ?? "").trim();
    if (!src || !isSafeUrl(src)) {
      this.notes.add("an image without a usable address left out");
      return null;
    }
    let alt = collapse(attr(node, "alt") ?? "").slice(0, 500);
    if (!alt) {
      alt = caption || "Image";
      this.notes.add("an image without a description: its caption (or “Image”) stands in; describe it in the editor");
    }
    return { type: "image", attrs: caption ? { src, alt, caption } : { src, alt } };
  }

  private pushImage(node: Element, caption: string | undefined): void {
    const image = this.imageBlock(node, caption);
    if (image) this.blocks.push(image);
  }

  private pushEmbed(node: Element, url: string | undefined, caption?: string): void {
    const result = embedBlock(url, caption ?? attr(node, "title"));
    if (result.note) this.notes.add(result.note);
    if (result.block) this.blocks.push(result.block);
  }

  private pushTable(node: Element): void {
    const rows = findAll(node, (child) => child.name.toLowerCase() === "tr");
    const lines = rows.map((row) =>
      row.children
        .filter((cell): cell is Element => isElement(cell) && /^t[dh]$/i.test(cell.name))
        .map((cell) => collapse(textContent(cell)))
        .join(" | "),
    );
    this.pushPlainText(lines.join("\n\n"), "a table kept as plain text, one paragraph per row");
  }

  private pushPlainText(text: string, note: string): void {
    this.notes.add(note);
    for (const part of text.split(/\n\s*\n|\n/)) this.pushParagraphs(textNodes(part, []));
  }
}

/** Converts one post's HTML; a result that still breaks the schema falls back to its plain text. */
export function htmlToDocument(html: string): TConverted {
  const converter = new Converter();
  converter.convertNodes(parseDocument(html, { decodeEntities: true }).children);
  const document: TArticleDocument = { type: "doc", content: converter.blocks.slice(0, 2_000) };
  const notes = [...converter.notes];
  if (converter.blocks.length > 2_000) notes.push("the post has more than 2,000 blocks: the rest was cut");
  const parsed = ZArticleDocument.safeParse(document);
  if (parsed.success) return { document: parsed.data, notes };
  const issue = parsed.error.issues[0];
  const plain = collapseLines(textContent(parseDocument(html, { decodeEntities: true }).children));
  const paragraphs: TParagraph[] = plain
    .split(/\n\s*\n/)
    .flatMap((part) => textNodes(part, []))
    .map((text) => ({ type: "paragraph", content: [text] }));
  return {
    document: { type: "doc", content: paragraphs.slice(0, 2_000) },
    notes: [...notes, `kept as plain text: the converted post did not fit Masthead's format (${issue?.message ?? "invalid"} at ${issue?.path.join(".") ?? "?"})`],
  };
}

function isElement(node: ChildNode): node is Element {
  return node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style;
}

function attr(node: Element, name: string): string | undefined {
  return node.attribs[name];
}

function firstSourceOf(node: Element): string | undefined {
  const source = findFirst(node, (child) => child.name.toLowerCase() === "source");
  return source ? attr(source, "src") : undefined;
}

function findFirst(node: Element, test: (child: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = findFirst(child, test);
    if (found) return found;
  }
  return undefined;
}

function findAll(node: Element, test: (child: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) found.push(child);
    else found.push(...findAll(child, test));
  }
  return found;
}

function withMark(marks: TMark[], mark: TMark): TMark[] {
  if (marks.some((existing) => existing.type === mark.type)) return marks;
  return [...marks, mark].slice(0, 3);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function collapseLines(text: string): string {
  return text.replace(/[ \t]+/g, " ").replace(/ *\n */g, "\n");
}

function textNodes(data: string, marks: TMark[]): TInline[] {
  const text = data.replace(/\s+/g, " ");
  if (!text) return [];
  const nodes: TInline[] = [];
  for (let start = 0; start < text.length; start += MAX_TEXT) {
    const piece = text.slice(start, start + MAX_TEXT);
    nodes.push(marks.length > 0 ? { type: "text", text: piece, marks } : { type: "text", text: piece });
  }
  return nodes;
}

/** Drops leading/trailing spaces and breaks, merges neighbours with the same marks. */
function trimInline(content: TInline[]): TInline[] {
  const merged: TInline[] = [];
  for (const node of content) {
    const last = merged.at(-1);
    if (node.type === "text" && last?.type === "text" && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? []) && last.text.length + node.text.length <= MAX_TEXT) {
      merged[merged.length - 1] = { ...last, text: last.text + node.text };
    } else merged.push(node);
  }
  while (merged[0]?.type === "hardBreak") merged.shift();
  while (merged.at(-1)?.type === "hardBreak") merged.pop();
  const first = merged[0];
  if (first?.type === "text") merged[0] = { ...first, text: first.text.trimStart() };
  const lastIndex = merged.length - 1;
  const last = merged[lastIndex];
  if (last?.type === "text") merged[lastIndex] = { ...last, text: last.text.trimEnd() };
  return merged.filter((node) => node.type !== "text" || node.text.length > 0);
}

/** Quotes and list items hold paragraphs only: other blocks become paragraphs of their text. */
function asParagraphs(block: TBlock): TParagraph[] {
  if (block.type === "paragraph") return block.content && block.content.length > 0 ? [block] : [];
  if (block.type === "heading") return block.content ? [{ type: "paragraph", content: block.content }] : [];
  if (block.type === "blockquote") return block.content;
  if (block.type === "bulletList" || block.type === "orderedList") return block.content.flatMap((item) => item.content);
  if (block.type === "image") return [{ type: "paragraph", content: [{ type: "text", text: block.attrs.alt, marks: [{ type: "link", attrs: { href: block.attrs.src } }] }] }];
  if (block.type === "video") return [{ type: "paragraph", content: [{ type: "text", text: block.attrs.title, marks: [{ type: "link", attrs: { href: block.attrs.url } }] }] }];
  return [];
}

/** The citation is its own attribute: remove its text if the converter also kept it as a paragraph. */
function removeFrom(converter: Converter, attribution: string): void {
  const last = converter.blocks.at(-1);
  if (last?.type === "paragraph" && last.content?.map((node) => (node.type === "text" ? node.text : "")).join("").trim().replace(/^[—–-]\s*/, "") === attribution) {
    converter.blocks.pop();
  }
}
