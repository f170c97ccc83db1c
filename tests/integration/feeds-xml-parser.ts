// A small, strict XML 1.0 reader for the feed tests (no XML parser is installed, and none is
// needed in the app). It accepts the subset our feeds and sitemaps use: a declaration,
// elements, attributes, text and character/entity references. Anything else, or anything
// malformed (an unescaped "<" or "&", a mismatched tag, a duplicate attribute, a forbidden
// character, two roots), throws with the offset, so a test fails on the first bad byte.

export type TXmlElement = { name: string; attributes: Record<string, string>; children: TXmlElement[]; text: string };

const NAME = /[A-Za-z_][\w.:-]*/y;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  if (raw.includes("<")) throw new Error(`XML: "<" in text or attribute near offset ${at}`);
  if (FORBIDDEN.test(raw)) throw new Error(`XML: forbidden character near offset ${at}`);
  return raw.replace(/&([^;]*);?/g, (match, name: string) => {
    if (!match.endsWith(";")) throw new Error(`XML: bare "&" near offset ${at}`);
    if (name in PREDEFINED) return PREDEFINED[name]!;
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
    if (!numeric) throw new Error(`XML: unknown entity &${name}; near offset ${at}`);
    return String.fromCodePoint(numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]));
  });
}

export function parseXml(source: string): TXmlElement {
  let at = 0;
  const fail = (message: string): never => {
    throw new Error(`XML: ${message} at offset ${at}: ${JSON.stringify(source.slice(at, at + 40))}`);
  };
  const readName = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(source);
    if (!match) fail("expected a name");
    at += match![0].length;
    return match![0];
  };
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at]!)) at++;
  };

  if (!source.startsWith("<?xml ")) fail("missing XML declaration");
  at = source.indexOf("?>") + 2;
  if (at < 2) fail("unterminated declaration");

  const stack: TXmlElement[] = [];
  let root: TXmlElement | null = null;
  while (at < source.length) {
    const nextTag = source.indexOf("<", at);
    const textEnd = nextTag === -1 ? source.length : nextTag;
    const text = decode(source.slice(at, textEnd), at);
    const parent = stack.at(-1);
    if (parent) parent.text += text;
    else if (text.trim() !== "") fail("text outside the root element");
    at = textEnd;
    if (nextTag === -1) break;

    if (source.startsWith("</", at)) {
      at += 2;
      const name = readName();
      skipSpace();
      if (source[at] !== ">") fail("expected > after closing tag");
      at++;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`closing </${name}> does not match <${open?.name ?? "nothing"}>`);
      continue;
    }
    if (source.startsWith("<!", at) || source.startsWith("<?", at)) fail("comments, CDATA and processing instructions are not expected");
    at++;
    const element: TXmlElement = { name: readName(), attributes: {}, children: [], text: "" };
    for (;;) {
      const before = at;
      skipSpace();
      if (source.startsWith("/>", at) || source[at] === ">") break;
      if (at === before) fail("expected space between attributes");
      const name = readName();
      if (name in element.attributes) fail(`duplicate attribute ${name}`);
      if (source[at] !== "=") fail("expected = after attribute name");
      const quote = source[at + 1];
      if (quote !== '"' && quote !== "'") fail("attribute values must be quoted");
      const end = source.indexOf(quote!, at + 2);
      if (end === -1) fail("unterminated attribute value");
      element.attributes[name] = decode(source.slice(at + 2, end), at);
      at = end + 1;
    }
    if (parent) parent.children.push(element);
    else if (root) fail("a second root element");
    else root = element;
    if (source.startsWith("/>", at)) {
      at += 2;
    } else {
      at++;
      stack.push(element);
    }
  }
  if (stack.length > 0) fail(`unclosed <${stack.at(-1)!.name}>`);
  if (!root) fail("no root element");
  return root!;
}

/** Direct children named `name`. */
export function childrenNamed(element: TXmlElement, name: string): TXmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The text of the first direct child named `name`, or undefined. */
export function childText(element: TXmlElement, name: string): string | undefined {
  return childrenNamed(element, name)[0]?.text;
}
