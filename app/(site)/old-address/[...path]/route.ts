import { TRAILING_SLASH_SEGMENT } from "@/lib/import/old-address-rewrites";
import { resolveOldAddress } from "@/lib/import/resolve-old-address";

// Old addresses of an imported WordPress or Ghost site (lib/import/old-address-rewrites.ts):
// a 301 to where the page lives now. Anything else here is an address nobody knows, which
// must get the site's own 404 page: a route handler cannot render it, so it is fetched from
// this server (an article address that cannot exist), with a plain page if that fails.

const NOT_FOUND_SOURCE = "/articles/-";

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await params;
  // Sent here for any address ending in "/" (lib/import/old-address-rewrites.ts).
  const hadTrailingSlash = path[0] === TRAILING_SLASH_SEGMENT;
  const segments = hadTrailingSlash ? path.slice(1) : path;
  const target = await resolveOldAddress(segments.map((segment) => safeDecode(segment)));
  if (target) return new Response(null, { status: 301, headers: { location: target, "cache-control": "public, max-age=3600" } });
  // No old address: the address without the slash, as Next's own redirect would have answered.
  if (hadTrailingSlash) return new Response(null, { status: 308, headers: { location: addressWithoutTrailingSlash(segments, new URL(request.url)) } });
  return notFoundPage();
}

function addressWithoutTrailingSlash(segments: string[], url: URL): string {
  return `/${segments.map((segment) => encodeURIComponent(safeDecode(segment))).join("/")}${url.search}`;
}

export { GET as HEAD };

// The fetched page is kept for a few seconds: a flood of unknown addresses costs one internal
// request per interval, not one per address. One entry, so the memory is bounded.
const NOT_FOUND_PAGE_SECONDS = 10;
let keptNotFoundPage: { html: string; contentType: string; fetchedAt: number } | null = null;

async function notFoundPage(): Promise<Response> {
  const page = await siteNotFoundPage();
  return new Response(page?.html ?? PLAIN_NOT_FOUND_PAGE, {
    status: 404,
    headers: { "content-type": page?.contentType ?? "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

async function siteNotFoundPage(): Promise<{ html: string; contentType: string } | null> {
  if (keptNotFoundPage && Date.now() - keptNotFoundPage.fetchedAt < NOT_FOUND_PAGE_SECONDS * 1000) return keptNotFoundPage;
  const port = process.env.PORT;
  if (!port) return null;
  try {
    const page = await fetch(`http://127.0.0.1:${port}${NOT_FOUND_SOURCE}`, { signal: AbortSignal.timeout(5_000) });
    if (page.status !== 404) return null;
    keptNotFoundPage = { html: await page.text(), contentType: page.headers.get("content-type") ?? "text/html; charset=utf-8", fetchedAt: Date.now() };
    return keptNotFoundPage;
  } catch {
    // The plain page says the same.
    return null;
  }
}

const PLAIN_NOT_FOUND_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page not found</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main><h1>Page not found</h1><p>There is nothing at this address. <a href="/">Go to the front page</a> or <a href="/search">search the archive</a>.</p></main></body></html>`;

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
