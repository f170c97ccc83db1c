import { resolveOldAddress } from "@/lib/import/resolve-old-address";

// Old addresses of an imported WordPress or Ghost site (lib/import/old-address-rewrites.ts):
// a 301 to where the page lives now, or a plain 404.

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await params;
  const target = await resolveOldAddress(path.map((segment) => safeDecode(segment)));
  if (target) return new Response(null, { status: 301, headers: { location: target, "cache-control": "public, max-age=3600" } });
  return new Response(NOT_FOUND_PAGE, { status: 404, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

export { GET as HEAD };

const NOT_FOUND_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page not found</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main><h1>Page not found</h1><p>There is nothing at this address. <a href="/">Go to the front page</a> or <a href="/search">search the archive</a>.</p></main></body></html>`;

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
