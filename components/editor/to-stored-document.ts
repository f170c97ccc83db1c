// Tiptap's JSON carries attributes our stored schema (lib/content/document-schema.ts) does not
// have: orderedList `type`, link `target`/`rel`/`class`, null attributes on blockquotes and
// images, empty text nodes. This keeps exactly what the schema allows and drops the rest; the
// server then validates the result strictly, so anything unexpected is refused, never stored.
// Pure: shared by the editor (client) and the unit tests.

type TJson = { type?: unknown; attrs?: unknown; content?: unknown; marks?: unknown; text?: unknown };

/** Which attributes each node or mark keeps, and of what kind. */
const ALLOWED_ATTRS: Record<string, Record<string, "string" | "number">> = {
  heading: { level: "number" },
  orderedList: { start: "number" },
  blockquote: { attribution: "string", sourceUrl: "string" },
  image: { src: "string", alt: "string", caption: "string", credit: "string" },
  video: { url: "string", title: "string", caption: "string" },
  link: { href: "string" },
};

/** Attributes that must be present (as "" if missing) so the server names the missing value. */
const REQUIRED_ATTRS: Record<string, string[]> = {
  image: ["src", "alt"],
  video: ["url", "title"],
  link: ["href"],
};

/** Optional string attributes that are dropped when blank rather than stored as "". */
const DROP_WHEN_BLANK = new Set(["attribution", "sourceUrl", "caption", "credit"]);

function cleanAttrs(type: string, attrs: unknown): Record<string, unknown> | undefined {
  const allowed = ALLOWED_ATTRS[type];
  if (!allowed) return undefined;
  const source = (attrs && typeof attrs === "object" ? attrs : {}) as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(allowed)) {
    const value = source[name];
    if (kind === "number" && typeof value === "number") result[name] = value;
    if (kind === "string" && typeof value === "string") {
      if (DROP_WHEN_BLANK.has(name) && value.trim() === "") continue;
      result[name] = value;
    }
  }
  for (const name of REQUIRED_ATTRS[type] ?? []) result[name] ??= "";
  // The schema's ordered list starts at 1 unless told otherwise: keep the default out of storage.
  if (type === "orderedList" && result.start === 1) delete result.start;
  return Object.keys(result).length > 0 ? result : undefined;
}

function cleanMarks(marks: unknown): Record<string, unknown>[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const cleaned = marks
    .filter((mark): mark is TJson => Boolean(mark) && typeof mark === "object")
    .map((mark) => {
      const type = String(mark.type);
      const attrs = cleanAttrs(type, mark.attrs);
      return attrs ? { type, attrs } : { type };
    });
  return cleaned.length > 0 ? cleaned : undefined;
}

function cleanNode(node: TJson): Record<string, unknown> | null {
  const type = String(node.type);
  if (type === "text") {
    if (typeof node.text !== "string" || node.text.length === 0) return null;
    const marks = cleanMarks(node.marks);
    return marks ? { type, text: node.text, marks } : { type, text: node.text };
  }
  const result: Record<string, unknown> = { type };
  const attrs = cleanAttrs(type, node.attrs);
  if (attrs) result.attrs = attrs;
  if (Array.isArray(node.content)) {
    const content = node.content
      .filter((child): child is TJson => Boolean(child) && typeof child === "object")
      .map(cleanNode)
      .filter((child): child is Record<string, unknown> => child !== null);
    if (content.length > 0 || type === "doc") result.content = content;
  }
  return result;
}

function isEmptyParagraph(node: Record<string, unknown> | undefined): boolean {
  return node?.type === "paragraph" && node.content === undefined;
}

/** Tiptap's `editor.getJSON()` → the stored document shape (still to be validated by the server). */
export function toStoredDocument(json: unknown): { type: "doc"; content: unknown[] } {
  const cleaned = json && typeof json === "object" ? cleanNode(json as TJson) : null;
  const content = cleaned && Array.isArray(cleaned.content) ? [...(cleaned.content as Record<string, unknown>[])] : [];
  // The editor keeps an empty paragraph after a final quote or image so the cursor can get
  // below it (StarterKit's trailingNode); it is not part of the article.
  while (content.length > 0 && isEmptyParagraph(content[content.length - 1])) content.pop();
  return { type: "doc", content };
}
