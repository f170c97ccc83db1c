// Addresses no page can answer: percent-escapes that do not decode to UTF-8 (%ff, a cut-off
// %E0%A4%A), or a NUL or other control character in the path or the query, which PostgreSQL
// refuses in text ("invalid byte sequence") and which no slug, handle or search ever contains.
// proxy.ts answers them 400 before any route runs. No "server-only": proxy.ts imports it.

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function decodes(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return null;
  }
}

/** `rawPathAndQuery` is the address as the client sent it (pathname plus search, still escaped). */
export function isMalformedAddress(rawPath: string, rawSearch: string): boolean {
  const path = decodes(rawPath);
  if (path === null || CONTROL_CHARACTER.test(path)) return true;
  if (!rawSearch) return false;
  const query = rawSearch.startsWith("?") ? rawSearch.slice(1) : rawSearch;
  return query.split("&").some((pair) => {
    const decoded = decodes(pair);
    return decoded === null || CONTROL_CHARACTER.test(decoded);
  });
}

export const MALFORMED_ADDRESS_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad address</title></head>
<body><main><h1>That address is not one we can read</h1>
<p>It contains characters no page on this site uses. Check the link, or go to the <a href="/">front page</a>.</p></main></body></html>`;
