// The cached copy of a search for signed-out readers, one per query text (lib/reader-routes.ts
// rewrites /search?q=<text> here when no filter is set): the live page's code, given the text back.
import LivePage, { generateMetadata as liveMetadata } from "@/app/(reader)/live/search/page";
import { cachedReaderPage } from "@/lib/cached-reader-page";

// The path segment arrives percent-encoded (a space as %20); lib/reader-routes.ts lets only plain
// characters through, so decoding cannot fail on them, but a hand-made address might.
function queryText(segments: string[]): string {
  const joined = segments.join("/");
  try {
    return decodeURIComponent(joined);
  } catch {
    return joined;
  }
}

const cached = cachedReaderPage<{ site: string; q: string[] }>(LivePage, liveMetadata, ({ q }) => ({ q: queryText(q) }));
export default cached.Page;
export const generateMetadata = cached.generateMetadata;

// None at build time (no database then): each search is rendered on its first request, then cached.
export function generateStaticParams(): never[] {
  return [];
}
