// Escaping for the text we write into XML and HTML ourselves (feeds, sitemaps). Everything a
// feed contains passes through here: stored text is never trusted to be markup-free.

// Characters XML 1.0 forbids outright (most C0 controls, U+FFFE, U+FFFF) and unpaired UTF-16
// surrogates: one of them in a stored headline would make the whole feed unparsable.
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside an XML or HTML element or a quoted attribute value. */
export function escapeMarkup(text: string): string {
  return text.replace(NOT_XML_CHARACTERS, "").replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
